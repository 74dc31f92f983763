package io.tessera.ui.kit.chart;


/** Builds SVG markup; every attribute value and text is XML-escaped. */
final class SvgWriter {

    private final StringBuilder out = new StringBuilder(2048);

    SvgWriter open(String tag, Object... attributes) {
        start(tag, attributes);
        out.append('>');
        return this;
    }

    SvgWriter empty(String tag, Object... attributes) {
        start(tag, attributes);
        out.append("/>");
        return this;
    }

    SvgWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text, e.g. {@code <title>…</title>}. */
    SvgWriter element(String tag, String text, Object... attributes) {
        open(tag, attributes);
        out.append(escape(text));
        return close(tag);
    }

    /** An empty-bodied mark with a tooltip title: {@code <rect …><title>…</title></rect>}. */
    SvgWriter mark(String tag, String tooltip, Object... attributes) {
        open(tag, attributes);
        element("title", tooltip);
        return close(tag);
    }

    private void start(String tag, Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(value(attributes[i + 1]))).append('"');
        }
    }

    static String value(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return number(((Number) value).doubleValue());
        }
        return String.valueOf(value);
    }

    /** A coordinate with at most two decimals, in the SVG (root) number format: 12, 12.5, -0.25. */
    static String number(double value) {
        long scaled = Math.round(value * 100);
        if (scaled == 0) {
            return "0";
        }
        long whole = scaled / 100;
        long fraction = Math.abs(scaled % 100);
        StringBuilder text = new StringBuilder(12);
        if (scaled < 0 && whole == 0) {
            text.append('-');
        }
        text.append(whole);
        if (fraction != 0) {
            text.append('.');
            if (fraction < 10) {
                text.append('0').append(fraction);
            } else {
                text.append(fraction % 10 == 0 ? fraction / 10 : fraction);
            }
        }
        return text.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids are dropped, so the markup always parses
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
