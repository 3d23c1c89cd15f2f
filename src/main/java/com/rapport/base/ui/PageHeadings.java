package com.rapport.base.ui;

import java.util.Optional;

import com.vaadin.flow.dom.Element;

/**
 * One level-1 heading per page. A view that opens with an H1 has it; one that opens with an H2 (its sections being
 * H3) gets that H2 marked as level 1 for assistive technology ({@code aria-level="1"}, styled like an H1), so its
 * outline stays as it is drawn.
 */
final class PageHeadings {

    private PageHeadings() {
    }

    static void markTopHeading(Element view) {
        if (first(view, "h1").isPresent()) {
            return;
        }
        first(view, "h2").ifPresent(h2 -> h2.setAttribute("aria-level", "1"));
    }

    /** The first element with the tag, depth first in document order. */
    static Optional<Element> first(Element root, String tag) {
        if (root.isTextNode()) {
            return Optional.empty();
        }
        if (tag.equals(root.getTag())) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> first(child, tag)).flatMap(Optional::stream).findFirst();
    }
}
