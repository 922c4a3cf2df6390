package org.gongjiang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongjiang.attachment.model.AttachmentMessages;
import org.gongjiang.campaign.model.CampaignMessages;
import org.gongjiang.nomination.model.NominationMessages;
import org.gongjiang.platform.model.Message;
import org.gongjiang.platform.model.PlatformMessages;
import org.gongjiang.review.model.ReviewMessages;
import org.gongjiang.stats.model.StatsMessages;
import org.gongjiang.voting.model.VotingMessages;
import org.junit.jupiter.api.Test;

class MessageCataloguesTest {

    private static final List<Class<?>> CATALOGUES = List.of(CampaignMessages.class, NominationMessages.class, AttachmentMessages.class,
            ReviewMessages.class, VotingMessages.class, StatsMessages.class, PlatformMessages.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([a-zA-Z%])");

    @Test
    void everyMessageTakesTheSameArgumentsInChineseAndEnglish() throws IllegalAccessException {
        int messages = 0;
        for (Class<?> catalogue : CATALOGUES) {
            for (Field field : catalogue.getDeclaredFields()) {
                if (field.getType() != Message.class) {
                    continue;
                }
                assertTrue(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()), field.getName());
                Message message = (Message) field.get(null);
                String key = catalogue.getSimpleName() + "." + field.getName();
                assertFalse(message.zh().isBlank() || message.en().isBlank(), key + " has words in both languages");
                assertEquals(arguments(message.zh()), arguments(message.en()), key + ": the same placeholders in both languages");
                messages++;
            }
        }
        assertTrue(messages > 150, "the catalogues hold the product's words (" + messages + ")");
    }

    @Test
    void aBilingualArgumentFillsEachLanguageWithItsOwnWords() {
        Message field = new Message("字段“%s”必须是%s。", "Field '%s' must be %s.");
        var text = field.text("/name", new Message("字符串", "a string"));
        assertEquals("字段“/name”必须是字符串。", text.zh());
        assertEquals("Field '/name' must be a string.", text.en());
    }

    /** The placeholders' argument positions and conversions, in argument order. */
    private static List<String> arguments(String template) {
        List<String> arguments = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int next = 1;
        while (matcher.find()) {
            if (matcher.group(2).equals("%") || matcher.group(2).equals("n")) {
                continue;
            }
            int position = matcher.group(1) != null ? Integer.parseInt(matcher.group(1).replace("$", "")) : next++;
            arguments.add(position + ":" + matcher.group(2));
        }
        arguments.sort(null);
        return arguments;
    }
}
