package com.rapport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Starts Rapport. */
@SpringBootApplication
@EnableConfigurationProperties({RapportProperties.class, com.rapport.progress.ProgressRules.class})
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/rapport.css")
@StyleSheet("styles/app.css")
public class Application implements AppShellConfigurator {

    /** The favicon (SVG, with a PNG for browsers without SVG icons) and the home-screen icon. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("images/favicon.svg", java.util.Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addFavIcon("icon", "images/favicon-32.png", "32x32");
        settings.addFavIcon("apple-touch-icon", "images/apple-touch-icon.png", "180x180");
        settings.addMetaTag("theme-color", "#0b6e84");
    }

    /** Starts the web app, or runs a trainer's command ({@code score}, …) without the web server. */
    public static void main(String[] args) {
        if (args.length > 0 && Commands.has(args[0])) {
            System.exit(Commands.run(args));
        }
        var stop = OrderlyStop.install();
        var application = new SpringApplication(Application.class);
        application.addInitializers(stop::watch);
        application.run(args);
    }

    /** The one clock services read, so tests and demo histories can move time. */
    @org.springframework.context.annotation.Bean
    AppClock clock() {
        return new AppClock();
    }
}
