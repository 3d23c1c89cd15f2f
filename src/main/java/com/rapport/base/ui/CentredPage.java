package com.rapport.base.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A page whose content stands in the middle of the window, as sign-in and error pages do. Plain centring pushes
 * content taller than the window (a short laptop screen, a phone, text zoomed to 400 %) out above the top of the
 * page, where no scrolling reaches it: the product's name and the first fields were cut off. "Safe" centring
 * centres what fits and starts at the top what does not (WCAG 2.1, 1.4.10 Reflow).
 */
public final class CentredPage {

    private CentredPage() {
    }

    public static void centre(VerticalLayout page) {
        page.setSizeFull();
        page.setAlignItems(FlexComponent.Alignment.CENTER);
        page.setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER); // where "safe" is not understood
        page.getStyle().set("justify-content", "safe center");
    }
}
