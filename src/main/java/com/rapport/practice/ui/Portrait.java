package com.rapport.practice.ui;

import com.rapport.scenario.Mood;
import com.rapport.scenario.Persona;

/**
 * A simple illustrated face for a persona, drawn as SVG: the same face every time for the same name, age and role
 * (skin, hair, glasses and clothes come from them), with an expression that follows the mood band, from furious to
 * reassured. It draws no text, so nothing in it needs escaping; the text alternative is set on the element that
 * holds it.
 */
final class Portrait {

    private static final String[] SKIN = {"#f6d7c3", "#eac0a0", "#d9a47f", "#b97c57", "#8d5a3b", "#6b4330"};
    private static final String[] HAIR = {"#2b1d14", "#4a3020", "#6e4b2a", "#8c3f1f", "#c9a26b", "#1c1c1c"};
    private static final String[] GREY = {"#9a9a9a", "#c4c4c4", "#e2e2e2"};
    private static final String[] CLOTHES = {"#5b7fa6", "#7a9a6b", "#a86a6a", "#8a78a8", "#c08a4a", "#4f8a8a"};
    private static final String[] BACKDROP = {"#e8eef6", "#eef3e8", "#f6ece8", "#efe9f5", "#f6f0e2", "#e6f2f2"};

    private Portrait() {
    }

    /** The face of this persona at this mood, as an SVG element 120 units square. */
    static String svg(Persona persona, Mood mood) {
        int seed = seed(persona);
        int age = persona.age() == null ? 40 : persona.age();
        String skin = SKIN[Math.floorMod(seed, SKIN.length)];
        String hair = age >= 60 ? GREY[Math.floorMod(seed >> 3, GREY.length)]
                : HAIR[Math.floorMod(seed >> 3, HAIR.length)];
        int style = Math.floorMod(seed >> 6, 4);
        boolean glasses = age >= 50 && Math.floorMod(seed >> 9, 3) != 0;
        var svg = new StringBuilder(1600);
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 120' width='120' height='120' ")
                .append("aria-hidden='true' focusable='false' class='portrait-svg band-").append(mood.band())
                .append("'>");
        svg.append("<circle cx='60' cy='60' r='60' fill='").append(BACKDROP[Math.floorMod(seed >> 12, 6)])
                .append("'/>");
        if (style == 1) { // long hair falls behind the head and shoulders
            svg.append("<path d='M32 52 Q30 96 40 104 L80 104 Q90 96 88 52 Z' fill='").append(hair).append("'/>");
        }
        clothes(svg, persona.role(), CLOTHES[Math.floorMod(seed >> 15, CLOTHES.length)], skin);
        svg.append("<ellipse cx='34' cy='58' rx='4' ry='7' fill='").append(skin).append("'/>")
                .append("<ellipse cx='86' cy='58' rx='4' ry='7' fill='").append(skin).append("'/>")
                .append("<ellipse cx='60' cy='56' rx='25' ry='30' fill='").append(skin).append("'/>");
        hair(svg, style, hair, age);
        face(svg, mood.band());
        if (glasses) {
            svg.append("<g fill='none' stroke='#3a3a3a' stroke-width='1.6'><circle cx='50' cy='54' r='7'/>")
                    .append("<circle cx='70' cy='54' r='7'/><path d='M57 54 H63'/></g>");
        }
        if (age >= 60) { // a line or two that come with the years
            svg.append("<path d='M44 64 q3 2 6 1 M70 65 q3 1 6 -1' stroke='#00000033' fill='none'/>");
        }
        if (persona.role() == Persona.Role.CALLER) { // a phone held to the ear
            svg.append("<rect x='82' y='46' width='9' height='26' rx='4' fill='#3d3d3d'/>");
        }
        return svg.append("</svg>").toString();
    }

    private static void clothes(StringBuilder svg, Persona.Role role, String colour, String skin) {
        svg.append("<rect x='52' y='78' width='16' height='14' fill='").append(skin).append("'/>");
        svg.append("<path d='M22 120 Q24 92 52 88 L68 88 Q96 92 98 120 Z' fill='").append(colour).append("'/>");
        if (role == Persona.Role.COLLEAGUE) { // a lanyard and a badge
            svg.append("<path d='M52 88 L58 108 M68 88 L62 108' stroke='#2d5d8a' stroke-width='2'/>")
                    .append("<rect x='55' y='106' width='10' height='8' rx='1' fill='#ffffff' stroke='#2d5d8a'/>");
        } else {
            svg.append("<path d='M52 88 L60 97 L68 88' fill='none' stroke='#00000040' stroke-width='2'/>");
        }
    }

    private static void hair(StringBuilder svg, int style, String colour, int age) {
        switch (style) {
            case 0 -> svg.append("<path d='M35 52 Q36 24 60 24 Q84 24 85 52 Q80 36 60 36 Q42 36 35 52 Z' fill='")
                    .append(colour).append("'/>");
            case 1 -> svg.append("<path d='M34 56 Q32 24 60 24 Q88 24 86 56 Q82 34 66 34 Q52 40 38 40 Z' fill='")
                    .append(colour).append("'/>");
            case 2 -> svg.append("<circle cx='60' cy='22' r='10' fill='").append(colour).append("'/>")
                    .append("<path d='M35 50 Q36 26 60 26 Q84 26 85 50 Q78 34 60 34 Q42 34 35 50 Z' fill='")
                    .append(colour).append("'/>");
            default -> {
                if (age >= 60) { // thinning on top, fuller at the sides
                    svg.append("<path d='M35 56 Q34 40 42 34 M85 56 Q86 40 78 34' stroke='").append(colour)
                            .append("' stroke-width='7' fill='none' stroke-linecap='round'/>");
                } else { // curls
                    svg.append("<g fill='").append(colour).append("'>");
                    for (int x = 38; x <= 82; x += 9) {
                        svg.append("<circle cx='").append(x).append("' cy='").append(x % 2 == 0 ? 32 : 29)
                                .append("' r='8'/>");
                    }
                    svg.append("<circle cx='36' cy='44' r='6'/><circle cx='84' cy='44' r='6'/></g>");
                }
            }
        }
    }

    /** Brows, eyes and mouth for the mood band: the one part of the face that changes while playing. */
    private static void face(StringBuilder svg, String band) {
        String ink = "stroke='#3a2a20' stroke-width='2.4' stroke-linecap='round' fill='none'";
        switch (band) {
            case "furious" -> svg.append("<path d='M42 44 L56 50 M78 44 L64 50' ").append(ink).append("/>")
                    .append(eyes(1.6)).append("<path d='M48 76 Q60 66 72 76 Z' fill='#7a2e2e'/>");
            case "angry" -> svg.append("<path d='M43 45 L56 48 M77 45 L64 48' ").append(ink).append("/>")
                    .append(eyes(2.4)).append("<path d='M50 75 Q60 69 70 75' ").append(ink).append("/>");
            case "upset" -> svg.append("<path d='M43 47 L55 43 M77 47 L65 43' ").append(ink).append("/>")
                    .append(eyes(3)).append("<path d='M51 74 Q60 70 69 74' ").append(ink).append("/>");
            case "calmer" -> svg.append("<path d='M43 45 Q49 43 55 45 M65 45 Q71 43 77 45' ").append(ink)
                    .append("/>").append(eyes(3)).append("<path d='M51 72 Q60 75 69 72' ").append(ink).append("/>");
            default -> svg.append("<path d='M43 44 Q49 40 55 44 M65 44 Q71 40 77 44' ").append(ink).append("/>")
                    .append("<path d='M46 55 Q50 51 54 55 M66 55 Q70 51 74 55' ").append(ink).append("/>")
                    .append("<circle cx='44' cy='66' r='4' fill='#e89a9a66'/><circle cx='76' cy='66' r='4' ")
                    .append("fill='#e89a9a66'/><path d='M49 70 Q60 80 71 70' ").append(ink).append("/>");
        }
    }

    private static String eyes(double height) {
        String whites = "<ellipse cx='50' cy='55' rx='5' ry='" + (height + 1) + "' fill='#fbfaf7'/><ellipse cx='70' "
                + "cy='55' rx='5' ry='" + (height + 1) + "' fill='#fbfaf7'/>";
        return whites + "<ellipse cx='50' cy='55' rx='3' ry='" + height + "' fill='#2a2018'/><ellipse cx='70' cy='55' "
                + "rx='3' ry='" + height + "' fill='#2a2018'/>";
    }

    /** A stable number from who the persona is, so the same persona always gets the same face. */
    private static int seed(Persona persona) {
        int seed = persona.name().hashCode() * 31 + (persona.age() == null ? 0 : persona.age());
        return seed * 31 + persona.role().ordinal();
    }
}
