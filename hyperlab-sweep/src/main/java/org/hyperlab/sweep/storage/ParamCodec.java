package org.hyperlab.sweep.storage;

/**
 * Stores an external parameter value as a kind letter and a text: {@code f} (Double, written by
 * {@link Double#toString} so it reads back bit for bit), {@code i} (Integer), {@code l} (Long), {@code b}
 * (Boolean), {@code s} (String).
 */
final class ParamCodec {
    private ParamCodec() {
    }

    static String kind(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return "f";
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return "i";
        }
        if (value instanceof Long) {
            return "l";
        }
        if (value instanceof Boolean) {
            return "b";
        }
        if (value instanceof String) {
            return "s";
        }
        throw new IllegalArgumentException("unsupported parameter value " + value + " ("
                + (value == null ? "null" : value.getClass().getSimpleName()) + ")");
    }

    static String text(Object value) {
        return value instanceof Float f ? Double.toString(f.doubleValue()) : String.valueOf(value);
    }

    static Object decode(String kind, String text) {
        return switch (kind) {
            case "f" -> Double.parseDouble(text);
            case "i" -> Integer.parseInt(text);
            case "l" -> Long.parseLong(text);
            case "b" -> Boolean.parseBoolean(text);
            case "s" -> text;
            default -> throw new StorageException("unknown parameter kind '" + kind + "' in the study store");
        };
    }

    /** Normalizes a value as it would read back (Float to Double, Short/Byte to Integer). */
    static Object normalize(Object value) {
        return decode(kind(value), text(value));
    }
}
