package com.rapport.practice.ui;

import com.vaadin.flow.component.Component;

/** Lets tests in other packages navigate to the package-private catalogue view. */
public final class CatalogViewAccess {

    private CatalogViewAccess() {
    }

    public static Class<? extends Component> catalogView() {
        return CatalogView.class;
    }
}
