package dev.mekong.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which line of a text copy is the headline, and which date is the publish time. */
class TextPageTitleTest {

    private final TextPageExtractor extractor = new TextPageExtractor();

    @Test
    void aCaptionClosingWithItsPhotoCreditIsNotTheHeadlineEvenRightOverTheByline() {
        String page = """
                Home | District | Business
                AGENCY
                  20 Dec 2025, 11:59

                River ferries return to the northern towns after the flood season

                [image-3436]
                Ferries wait at the northern pier as water levels fall across the delta. Photo : AGENCY

                By Minh Tran

                RIVERTOWN, Dec 20, 2025 - Ferry services to the northern towns resumed on Saturday after a two-month pause caused by record floods.

                Operators said the first boats carried more than four hundred passengers and twenty tonnes of rice.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("River ferries return to the northern towns after the flood season");
    }

    @Test
    void photoCreditsCloseCaptionsInEachLanguage() {
        LineClassifier classifier = new LineClassifier(dev.mekong.extract.Cues.builtIn());
        assertThat(classifier.endsWithPhotoCredit("Ferries wait at the pier. Photo : AGENCY")).isTrue();
        assertThat(classifier.endsWithPhotoCredit("Crowds at the pier | Photo by Jane Doe")).isTrue();
        assertThat(classifier.endsWithPhotoCredit("Người dân chờ phà tại bến (Ảnh: Minh Anh)")).isTrue();
        assertThat(classifier.endsWithPhotoCredit("The photo shows the pier. Photography is allowed there")).isFalse();
        assertThat(classifier.endsWithPhotoCredit("River ferries return to the northern towns")).isFalse();
    }

    @Test
    void theHeadlineOverAStandfirstWinsWhenThePageEchoesIt() {
        String page = """
                Garden Almanac
                  1. Home
                  2. Gardening

                Vegetable Gardening for Beginners: The Complete Guide

                Primary Image
                [tomatoes-440076301]
                Photo Credit
                Jane Doe/Agency

                The Basics of Planting and Growing a Vegetable Garden

                Written By: Ann Miller
                December 17, 2025

                This guide covers how to start a vegetable garden from scratch, which vegetables to grow, and when to plant what.

                Picking a good location for your garden is absolutely key, because a poor spot gives poor vegetables.

                Read Next
                  • Vegetable Gardening for Beginners: The Complete Guide
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Vegetable Gardening for Beginners: The Complete Guide");
        assertThat(x.meta().published()).startsWith("2025-12-17");
    }

    @Test
    void aDateLabelledAsThePublishTimeBeatsADateInRunningText() {
        String page = """
                Research Blog

                Guide to indexing your journal: where, when and how

                Researchers rely on scholarly indexes to find vetted academic content, so inclusion matters for every journal.

                Indexing is a process, and it will take time, but each step makes the journal easier to find.

                Update note: This post was originally published on the 21st of June 2017 and revised since.

                Posted on April 13, 2023
                Tags: indexing
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().published()).startsWith("2023-04-13");
    }

    @Test
    void aBylineAndDateUnderAStandfirstTakenIntoTheBodyStillDateTheArticle() {
        String page = """
                Home / Technique / Beginner's guide to camera types

                Beginner's guide to camera types

                Learn how to choose the right camera with our beginner's guide to camera types.

                Joshua Miller
                30 January 2025 / 23:07 GMT

                If choosing your first camera, it can be difficult to know where to start, as the options vary wildly.

                In this guide we take you through them all, from compacts to mirrorless and full-frame bodies.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Beginner's guide to camera types");
        assertThat(x.meta().published()).startsWith("2025-01-30");
    }

    @Test
    void aShortNameBetweenStandfirstAndDateIsTheBylineNotTheHeadline() {
        String page = """
                Tech News

                AI won't replace architects, but it may draw their details

                Method Studio's lead designer outlines where software truly adds value, from busywork to quality.
                Method Studio
                Dec. 19, 2025
                5 min read

                  •

                  •

                Image by Studio from Pixabay
                Abstract, Backgrounds, Building royalty-free vector graphic.

                Artificial intelligence will not take the architect's job, the designer argues, but it will change it.

                Drawing sets that once took weeks can be checked in an afternoon, freeing time for design.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("AI won't replace architects, but it may draw their details");
    }

    @Test
    void aLongThaiHeadlineBetweenBreadcrumbAndDateIsTheTitleNotTheFirstParagraph() {
        String page = """
                ข่าวรายวัน
                หน้าแรก » การเมือง

                นายกรัฐมนตรีลงพื้นที่ติดตามการช่วยเหลือผู้ประสบภัยน้ำท่วมในจังหวัดภาคใต้ พร้อมสั่งการให้หน่วยงานเร่งฟื้นฟูถนนและสะพานที่ได้รับความเสียหายจากพายุโดยเร็วที่สุด

                เผยแพร่: 18 มี.ค. 2562 07:16 น.

                วันนี้ (18 มีนาคม 2562) เวลา 17.00 น. นายกรัฐมนตรีเดินทางไปยังจังหวัดนครศรีธรรมราชเพื่อตรวจเยี่ยมผู้ประสบภัยและมอบถุงยังชีพให้แก่ประชาชนในพื้นที่

                โอกาสนี้ นายกรัฐมนตรีได้ประชุมร่วมกับผู้ว่าราชการจังหวัดและหน่วยงานที่เกี่ยวข้องเพื่อวางแผนฟื้นฟูหลังน้ำลด
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).startsWith("นายกรัฐมนตรีลงพื้นที่ติดตามการช่วยเหลือ").endsWith("โดยเร็วที่สุด");
        assertThat(x.blocks()).hasSize(2);
        assertThat(x.blocks().get(0).plainText()).startsWith("วันนี้ (18 มีนาคม 2562)");
    }
}
