package com.rapport.practice.ui;

/** Lets tests in other packages recognise the (package-private) play view. */
public final class PlayViewProbe {

    private PlayViewProbe() {
    }

    public static boolean isPlayView(Object view) {
        return view instanceof PlayView;
    }
}
