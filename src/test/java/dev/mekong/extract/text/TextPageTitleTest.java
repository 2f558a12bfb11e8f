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

    @Test
    void theHeadlineFramedByBreadcrumbAndDateIsFoundFarAboveABodyPushedDownByALongChecklistAndTheArticleStartsUnderIt() {
        String page = """
                Outdoor Guides
                Home > Backpacking

                Ultimate Backpacking Checklist for Beginners

                Last Updated: September 26, 2024

                We have spent decades honing our backpacking gear to a balance of weight and comfort that suits us.

                SHELTER
                  • checklist item 1
                  • checklist item 2
                  • checklist item 3
                  • checklist item 4
                  • checklist item 5
                  • checklist item 6
                  • checklist item 7
                  • checklist item 8
                  • checklist item 9
                  • checklist item 10
                  • checklist item 11
                  • checklist item 12
                  • checklist item 13
                  • checklist item 14
                  • checklist item 15
                  • checklist item 16
                  • checklist item 17
                  • checklist item 18
                  • checklist item 19
                  • checklist item 20
                  • checklist item 21
                  • checklist item 22
                  • checklist item 23
                  • checklist item 24
                  • checklist item 25
                  • checklist item 26
                  • checklist item 27
                  • checklist item 28
                  • checklist item 29
                  • checklist item 30
                  • checklist item 31
                  • checklist item 32
                  • checklist item 33
                  • checklist item 34
                  • checklist item 35
                  • checklist item 36
                  • checklist item 37
                  • checklist item 38
                  • checklist item 39
                  • checklist item 40
                  • checklist item 41
                  • checklist item 42
                  • checklist item 43
                  • checklist item 44
                  • checklist item 45
                  • checklist item 46
                  • checklist item 47
                  • checklist item 48
                  • checklist item 49
                  • checklist item 50
                  • checklist item 51
                  • checklist item 52
                  • checklist item 53
                  • checklist item 54
                  • checklist item 55
                  • checklist item 56
                  • checklist item 57
                  • checklist item 58
                  • checklist item 59
                  • checklist item 60
                  • checklist item 61
                  • checklist item 62
                  • checklist item 63
                  • checklist item 64
                  • checklist item 65
                  • checklist item 66
                  • checklist item 67
                  • checklist item 68
                  • checklist item 69
                  • checklist item 70
                  • checklist item 71
                  • checklist item 72
                  • checklist item 73
                  • checklist item 74
                  • checklist item 75
                  • checklist item 76
                  • checklist item 77
                  • checklist item 78
                  • checklist item 79
                  • checklist item 80
                  • checklist item 81
                  • checklist item 82
                  • checklist item 83
                  • checklist item 84
                  • checklist item 85
                  • checklist item 86
                  • checklist item 87
                  • checklist item 88
                  • checklist item 89
                  • checklist item 90
                  • checklist item 91
                  • checklist item 92
                  • checklist item 93
                  • checklist item 94
                  • checklist item 95

                Backpacking Tips

                Start by weeding out the things you do not need, and be careful with every choice you make for the trail.

                The clothing you pack will change slightly with the conditions, so check the forecast before you leave home.

                Plan your water carefully: on a dry route you may carry three litres between sources, which is heavy.
                """;
        TextPageExtractor.Extraction x = extractor.extract(page);
        assertThat(x.meta().title()).isEqualTo("Ultimate Backpacking Checklist for Beginners");
        assertThat(x.blocks().get(0).plainText()).startsWith("We have spent decades");
        assertThat(x.blocks().get(x.blocks().size() - 1).plainText()).startsWith("Plan your water carefully");
    }
}
