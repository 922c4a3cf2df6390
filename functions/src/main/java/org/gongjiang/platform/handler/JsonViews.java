package org.gongjiang.platform.handler;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongjiang.platform.model.IsoDurations;
import org.gongjiang.platform.model.LocalizedText;
import org.gongjiang.platform.model.TimeWindow;

/** JSON shapes every capability's answers share: bilingual names, time windows, durations. */
public final class JsonViews {

    private JsonViews() {
    }

    public static Map<String, Object> text(LocalizedText text) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("zh", text.zh());
        view.put("en", text.en());
        return view;
    }

    public static Map<String, Object> window(TimeWindow window) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("opensAt", window.opensAt().toString());
        view.put("closesAt", window.closesAt().toString());
        return view;
    }

    /** ISO 8601, whole days written as days (P7D rather than PT168H), as admins write them. */
    public static String isoDuration(Duration duration) {
        return IsoDurations.format(duration);
    }
}
