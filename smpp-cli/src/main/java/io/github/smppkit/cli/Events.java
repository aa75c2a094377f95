package io.github.smppkit.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns an event record into a JSON-ready map: {@code "event"} first, then its components in snake_case. */
final class Events {

    private Events() {
    }

    static Map<String, Object> toMap(String name, Record event) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("event", name);
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(event);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + name, e);
            }
            map.put(snake(component.getName()), value instanceof Enum<?> || value instanceof Record
                    ? String.valueOf(value) : value);
        }
        return map;
    }

    static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
