package com.rapport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** Starts Rapport. */
@SpringBootApplication
@EnableConfigurationProperties({RapportProperties.class, com.rapport.progress.ProgressRules.class})
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class Application implements AppShellConfigurator {

    /** Starts the web app, or runs a trainer's command ({@code score}, …) without the web server. */
    public static void main(String[] args) {
        if (args.length > 0 && Commands.has(args[0])) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The one clock services read, so tests and demo histories can move time. */
    @org.springframework.context.annotation.Bean
    AppClock clock() {
        return new AppClock();
    }
}
