package dev.imgslim.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the catalog's JSON to its records with Jackson's streaming parser and plain reflection.
 * Starting Jackson's data binding costs about 0.3 s in a fresh JVM, which every lint run would pay;
 * the catalog only needs records of strings, numbers, booleans, enums, lists and string maps.
 * Like the binding it replaces, an unknown field is an error, so a typo in a data file cannot drop a figure.
 */
final class RecordBinder {
    private static final JsonFactory JSON = new JsonFactory();

    private RecordBinder() {}

    static <T> T read(InputStream in, Class<T> type) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            p.nextToken();
            return type.cast(bind(tree(p), type, type.getSimpleName()));
        }
    }

    /** The JSON value at the parser's current token as maps, lists, strings, numbers and booleans. */
    private static Object tree(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) throw new IOException("empty JSON document");
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, tree(p));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) list.add(tree(p));
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected JSON token " + t + " at " + p.currentLocation());
        }
    }

    private static Object bind(Object value, Type type, String where) {
        if (value == null) return null;
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        if (raw.isRecord()) return record(value, raw, where);
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            int i = 0;
            for (Object o : expect(value, List.class, where)) out.add(bind(o, element, where + "[" + i++ + "]"));
            return out;
        }
        if (raw == Map.class) {
            Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) expect(value, Map.class, where)).entrySet()) {
                out.put(String.valueOf(e.getKey()), bind(e.getValue(), valueType, where + "." + e.getKey()));
            }
            return out;
        }
        if (raw == String.class) return expect(value, String.class, where);
        if (raw == long.class || raw == Long.class)
            return expect(value, Number.class, where).longValue();
        if (raw == int.class || raw == Integer.class)
            return expect(value, Number.class, where).intValue();
        if (raw == double.class || raw == Double.class)
            return expect(value, Number.class, where).doubleValue();
        if (raw == boolean.class || raw == Boolean.class) return expect(value, Boolean.class, where);
        if (raw.isEnum()) return enumConstant(raw, expect(value, String.class, where), where);
        throw new IllegalArgumentException(where + ": cannot bind " + raw.getSimpleName());
    }

    /**
     * A record type's components and canonical constructor, looked up once per type: reading them
     * per instance (record attribute, generic signatures, constructor search) was most of a cold load.
     */
    @SuppressWarnings("ArrayRecordComponent") // a private per-type cache, never compared or hashed
    private record Shape(String[] names, Type[] types, Class<?>[] raw, List<String> known, Constructor<?> ctor) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            String[] names = new String[components.length];
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                return new Shape(names, types, raw, List.of(names), type.getDeclaredConstructor(raw));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private static Object record(Object value, Class<?> type, String where) {
        Map<?, ?> fields = expect(value, Map.class, where);
        Shape shape = SHAPES.get(type);
        Object[] args = new Object[shape.names().length];
        for (int i = 0; i < args.length; i++) {
            Object v = bind(fields.get(shape.names()[i]), shape.types()[i], where + "." + shape.names()[i]);
            if (v == null && shape.raw()[i].isPrimitive())
                v = shape.raw()[i] == boolean.class ? false : defaultNumber(shape.raw()[i]);
            args[i] = v;
        }
        for (Object key : fields.keySet()) {
            if (!shape.known().contains(String.valueOf(key))) {
                throw new IllegalArgumentException(
                        where + ": unknown field \"" + key + "\" (known: " + String.join(", ", shape.known()) + ")");
            }
        }
        try {
            return shape.ctor().newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(where + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object defaultNumber(Class<?> primitive) {
        if (primitive == long.class) return 0L;
        if (primitive == int.class) return 0;
        return 0.0;
    }

    /** An enum constant by its {@code @JsonProperty} name (as the data files write it) or its own name. */
    private static Object enumConstant(Class<?> type, String text, String where) {
        for (Object constant : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            try {
                JsonProperty p = type.getField(e.name()).getAnnotation(JsonProperty.class);
                if ((p != null && p.value().equals(text)) || e.name().equals(text)) return constant;
            } catch (NoSuchFieldException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        throw new IllegalArgumentException(where + ": unknown value \"" + text + "\" for " + type.getSimpleName());
    }

    private static <T> T expect(Object value, Class<T> type, String where) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(
                    where + ": expected " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ", found "
                            + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        return type.cast(value);
    }
}
