package com.rapport.scenario;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLParser;

/** Where each value of a YAML document starts, by JSON pointer ("/nodes/opening/choices/0/next"). */
final class SourceLocations {

    record Position(int line, int column) {
    }

    private final Map<String, Position> positions = new HashMap<>();

    /** Something in the file that the format forbids, found while indexing. */
    static final class Refused extends RuntimeException {
        final int line;
        final int column;

        Refused(String message, TokenStreamLocation at) {
            super(message);
            this.line = Math.max(1, at.getLineNr());
            this.column = Math.max(1, at.getColumnNr());
        }
    }

    /**
     * Reads the whole token stream; throws the parser's own exception (with its location) on bad YAML, and
     * {@link Refused} on YAML anchors and aliases, which scenario files do not use (they are how alias bombs work).
     */
    static SourceLocations index(JsonParser parser) {
        var locations = new SourceLocations();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            String pointer;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                pointer = parser.streamReadContext().getParent() == null ? ""
                        : parser.streamReadContext().getParent().pathAsPointer().toString();
            } else {
                pointer = parser.streamReadContext().pathAsPointer().toString();
            }
            TokenStreamLocation at = parser.currentTokenLocation();
            if (parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getObjectId() != null)) {
                throw new Refused("YAML anchors and aliases (&name, *name) are not allowed in scenario files", at);
            }
            locations.positions.putIfAbsent(pointer, new Position(at.getLineNr(), at.getColumnNr()));
        }
        return locations;
    }

    /** The position of the value at the path of property names and list indexes. */
    Position of(java.util.List<tools.jackson.core.JacksonException.Reference> path) {
        var pointer = new StringBuilder();
        for (var ref : path) {
            pointer.append('/').append(ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex());
        }
        return of(pointer.toString());
    }

    /** The position of the value at the pointer, or of its nearest enclosing value that has one. */
    Position of(String pointer) {
        String path = pointer;
        while (true) {
            Position found = positions.get(path);
            if (found != null) {
                return found;
            }
            if (path.isEmpty()) {
                return new Position(1, 1);
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
    }
}
