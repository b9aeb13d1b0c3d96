package io.regionlab.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Writes CloudFormation Query API answers the way the service does: {@code <XResponse>} in the
 * 2010-05-15 namespace, a {@code <XResult>}, lists as {@code member} elements, and a
 * {@code ResponseMetadata/RequestId}. Empty values are left out, as the service leaves them out.
 */
final class CloudFormationStubXml {

    static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";

    private final StringBuilder xml = new StringBuilder();

    private CloudFormationStubXml() {
    }

    /** An answer with a Result element; the body fills it. */
    static String response(String action, java.util.function.Consumer<CloudFormationStubXml> result) {
        CloudFormationStubXml out = new CloudFormationStubXml();
        out.xml.append("<").append(action).append("Response xmlns=\"").append(NAMESPACE).append("\">");
        if (result != null) {
            out.open(action + "Result");
            result.accept(out);
            out.close(action + "Result");
        }
        out.open("ResponseMetadata").leaf("RequestId", UUID.randomUUID().toString()).close("ResponseMetadata");
        out.xml.append("</").append(action).append("Response>");
        return out.xml.toString();
    }

    static String error(String code, String message) {
        return "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type><Code>" + escape(code)
                + "</Code><Message>" + escape(message) + "</Message></Error><RequestId>" + UUID.randomUUID()
                + "</RequestId></ErrorResponse>";
    }

    CloudFormationStubXml open(String name) {
        xml.append('<').append(name).append('>');
        return this;
    }

    CloudFormationStubXml close(String name) {
        xml.append("</").append(name).append('>');
        return this;
    }

    CloudFormationStubXml leaf(String name, Object value) {
        if (value == null) {
            return this;
        }
        String text = value instanceof Instant at ? timestamp(at) : value.toString();
        xml.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    CloudFormationStubXml members(String name, Iterable<String> values) {
        open(name);
        for (String value : values) {
            leaf("member", value);
        }
        return close(name);
    }

    CloudFormationStubXml parameters(Map<String, String> parameters) {
        open("Parameters");
        parameters.forEach((key, value) -> open("member").leaf("ParameterKey", key).leaf("ParameterValue", value).close("member"));
        return close("Parameters");
    }

    static String timestamp(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
