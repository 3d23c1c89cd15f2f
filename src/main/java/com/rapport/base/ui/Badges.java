package com.rapport.base.ui;

import com.vaadin.flow.component.html.Span;

import com.rapport.scenario.Tier;

/** Small labelled markers shared by several views. */
public final class Badges {

    private Badges() {
    }

    public static Span tier(Tier tier) {
        var badge = new Span();
        badge.setText(badge.getTranslation("tier." + tier.id()));
        badge.addClassNames("tier-badge", "tier-" + tier.id());
        return badge;
    }
}
