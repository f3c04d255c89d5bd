package io.complaints.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.complaints.notification.directory.Language;

/**
 * The messages, one file per language ({@code notification-templates/zh-CN.properties}, {@code en.properties}):
 * {@code <template>.subject} and {@code <template>.body}, with fields written {@code {registrationNumber}}, and
 * {@code value.<field>.<value>} giving a field's value in words (e.g. {@code value.reason.DEADLINE_MISSED}).
 * A message shows what the recipient needs to find the complaint, never personal data: the fields
 * carry none.
 */
@Component
public class Templates {

    /** The fields a message may show. */
    public static final Set<String> FIELDS = Set.of("complaintId", "registrationNumber", "eventType", "level", "unit",
            "targetUnit", "reason", "limit", "department", "remedyNumber", "actionNumber", "dueDate");

    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z]+)}");
    private static final String MISSING = "—";

    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);

    public Templates() {
        this("notification-templates");
    }

    Templates(String folder) {
        for (Language language : Language.values()) {
            texts.put(language, load(folder + "/" + language.tag() + ".properties"));
        }
    }

    /** What is wrong with a template: a language without its subject or body, or a field no message can show. */
    public List<String> problems(String template) {
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String part : List.of("subject", "body")) {
                String text = texts.get(language).getProperty(template + "." + part);
                if (text == null || text.isBlank()) {
                    problems.add("template '" + template + "' has no " + part + " in " + language.tag());
                    continue;
                }
                Matcher field = FIELD.matcher(text);
                while (field.find()) {
                    if (!FIELDS.contains(field.group(1))) {
                        problems.add("template '" + template + "' (" + language.tag() + ") shows {" + field.group(1)
                                + "}, which is not one of " + FIELDS);
                    }
                }
            }
        }
        return problems;
    }

    public Message render(String template, Language language, Map<String, String> fields) {
        Properties text = texts.get(language);
        return new Message(fill(text, text.getProperty(template + ".subject"), fields),
                fill(text, text.getProperty(template + ".body"), fields));
    }

    private static String fill(Properties text, String pattern, Map<String, String> fields) {
        if (pattern == null) {
            throw new IllegalStateException("a template in use has no text; its rule was checked at start-up");
        }
        return FIELD.matcher(pattern).replaceAll(match -> {
            String name = match.group(1);
            String value = fields.get(name);
            String shown = value == null ? MISSING : text.getProperty("value." + name + "." + value, value);
            return Matcher.quoteReplacement(shown);
        });
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no message templates at classpath:" + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
