package dev.mekong.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * FreeMarker configured so that templates can only format the data they are given: HTML (.ftlh) and
 * XML (.ftlx) auto-escaping, no {@code ?new} class instantiation, no {@code ?api}, errors rethrown
 * rather than printed into pages. Data models are records, maps and lists only, never services;
 * article text reaches templates as values, so FreeMarker syntax inside it prints as text.
 */
final class TemplateEngine {

    private final Configuration configuration;

    TemplateEngine(Path templatesFolder) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader bundled = new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates");
        try {
            cfg.setTemplateLoader(templatesFolder == null ? bundled
                    : new MultiTemplateLoader(new TemplateLoader[]{new FileTemplateLoader(templatesFolder.toFile()), bundled}));
        } catch (IOException e) {
            throw new UncheckedIOException("templates folder unusable: " + templatesFolder, e);
        }
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setLocale(Locale.ROOT);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
        this.configuration = cfg;
    }

    String render(String templateName, Map<String, Object> model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + templateName + " unreadable: " + firstLine(e.getMessage()), e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + templateName + " failed" + where(templateName, e) + ": "
                    + detail(e), e);
        }
    }

    // FreeMarker's messages span many lines (tips, an FTL stack trace); a failed build names its cause in one.

    private static String where(String templateName, TemplateException e) {
        if (e.getLineNumber() == null) {
            return "";
        }
        String source = e.getTemplateSourceName();
        return " at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                + (source == null || source.equals(templateName) ? "" : " of " + source);
    }

    private static String detail(TemplateException e) {
        String first = firstLine(e.getMessageWithoutStackTop());
        String blamed = e.getBlamedExpressionString();
        return first.endsWith(":") && blamed != null ? first + " " + blamed : first;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
