package com.rapport.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

/** What a user sees at an address that leads nowhere, and when something fails: Rapport's pages, never Vaadin's. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "lost-trainee", roles = "TRAINEE")
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest extends SpringBrowserlessTest {

    /** An error id as the user sees it: eight hex digits. */
    private static final Pattern ERROR_ID = Pattern.compile("error id: ([0-9a-f]{8})$");

    @Test
    void an_unknown_address_shows_rapports_not_found_page_with_a_way_back_and_no_route_list() {
        var page = navigate("no/such/screen", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(I18NProvider.translate("error.not-found.title"));
        assertThat(find(Paragraph.class).single().getText()).isEqualTo(I18NProvider.translate("error.not-found"));
        var back = find(Anchor.class).withId("back-to-start").single();
        assertThat(back.getText()).isEqualTo(I18NProvider.translate("error.back-to-start"));
        assertThat(back.getHref()).isEqualTo(".");
        // Vaadin's own page lists the routes as links in development mode; Rapport's has only the way back
        assertThat(find(Anchor.class).all()).containsExactly(back);
        assertThat(page.getElement().getTextRecursively())
                .doesNotContain("library", "review", "attempts", "progress", "debrief", "no/such/screen");
        assertThat(page.getPageTitle()).isEqualTo(I18NProvider.translate("error.not-found.page-title"));
    }

    @Test
    void a_screen_the_user_may_not_open_looks_the_same_as_one_that_does_not_exist() {
        navigate("review", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(I18NProvider.translate("error.not-found.title"));
    }

    @Test
    void every_session_gets_rapports_error_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(AppErrorHandler.class);
    }

    @Test
    void an_unexpected_error_shows_a_notification_with_an_id_and_logs_the_stack_trace_under_it(CapturedOutput log) {
        navigate("no/such/screen", NotFoundView.class);
        Component screen = (Component) getCurrentView();

        new AppErrorHandler().error(new ErrorEvent(new IllegalStateException("the database is on fire"),
                screen.getElement().getNode()));

        assertThat(find(Notification.class).all()).hasSize(1);
        String message = find(Span.class).withClassName("error-message").single().getText();
        var id = ERROR_ID.matcher(message);
        assertThat(id.find()).as("an error id at the end of: %s", message).isTrue();
        assertThat(message).doesNotContain("IllegalStateException", "database", "at com.");

        String logLine = log.getOut().lines().filter(l -> l.contains("Unexpected error " + id.group(1)))
                .findFirst().orElseThrow();
        assertThat(logLine).contains("ERROR").contains("on no/such/screen");
        assertThat(log.getOut()).contains("java.lang.IllegalStateException: the database is on fire")
                .contains("at com.rapport.base.ui.ErrorPagesTest.");
    }

    @Test
    void two_errors_get_two_ids() {
        navigate("no/such/screen", NotFoundView.class);
        var handler = new AppErrorHandler();

        handler.error(new ErrorEvent(new IllegalStateException("first")));
        handler.error(new ErrorEvent(new IllegalStateException("second")));

        var ids = find(Span.class).withClassName("error-message").all().stream().map(Span::getText)
                .map(ERROR_ID::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1)).distinct();
        assertThat(ids).hasSize(2);
    }

    @Test
    void a_refusal_from_a_service_says_so_without_an_error_id(CapturedOutput log) {
        navigate("no/such/screen", NotFoundView.class);

        new AppErrorHandler().error(new ErrorEvent(
                new org.springframework.security.access.AccessDeniedException("Not your trainee")));

        assertThat(find(Span.class).withClassName("error-message").single().getText())
                .isEqualTo(I18NProvider.translate("error.refused"));
        assertThat(log.getOut()).doesNotContain("Unexpected error");
    }

    @Test
    void a_client_that_went_away_is_not_an_error_to_show() {
        navigate("no/such/screen", NotFoundView.class);

        new AppErrorHandler().error(new ErrorEvent(new java.net.SocketException("Broken pipe")));

        assertThat(find(Notification.class).all()).isEmpty();
    }

    @Test
    void a_screen_that_fails_to_open_shows_an_error_page_with_an_id_not_the_stack_trace(CapturedOutput log) {
        var event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("debrief/42"));
        var page = new UnexpectedErrorView();

        int status = page.setErrorParameter(event,
                new ErrorParameter<>(Exception.class, new IllegalStateException("no such column: verdict")));

        assertThat(status).isEqualTo(500);
        String message = page.getElement().getTextRecursively();
        assertThat(message).doesNotContain("IllegalStateException", "column", "at com.");
        var id = ERROR_ID.matcher(find(Paragraph.class, page).withId("error-message").single().getText());
        assertThat(id.find()).isTrue();
        assertThat(log.getOut()).contains("Unexpected error " + id.group(1) + " opening debrief/42")
                .contains("java.lang.IllegalStateException: no such column: verdict");
        verify(event, never()).rerouteToError(eq(NotFoundException.class), anyString());
    }

    @Test
    void a_screen_whose_service_refuses_the_user_shows_not_found() {
        var event = mock(BeforeEnterEvent.class);
        var page = new UnexpectedErrorView();

        int status = page.setErrorParameter(event, new ErrorParameter<>(Exception.class,
                new org.springframework.security.access.AccessDeniedException("Not your trainee")));

        assertThat(status).isEqualTo(404);
        verify(event).rerouteToError(NotFoundException.class, I18NProvider.translate("error.not-found"));
    }
}
