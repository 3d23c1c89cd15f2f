package com.rapport.review.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;

import com.rapport.practice.CatalogItem;
import com.rapport.review.ReviewService;
import com.rapport.team.TeamService;

/** Assigning a scenario from the catalogue to some of the team, due by a day. */
class AssignPanel extends DashboardPanel {

    AssignPanel(ReviewService review, TeamService teams, List<CatalogItem> catalog) {
        super("dashboard.assign");
        var who = new MultiSelectComboBox<String>(getTranslation("dashboard.assign.trainees"));
        who.setId("assign-trainees");
        var names = review.memberNames();
        who.setItems(review.members());
        who.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        var what = new Select<CatalogItem>();
        what.setLabel(getTranslation("dashboard.assign.scenario"));
        what.setId("assign-scenario");
        what.setItems(catalog);
        what.setItemLabelGenerator(i -> i == null ? "" : i.title() + " (" + getTranslation("tier." + i.tier().id())
                + ")");
        var due = new DatePicker(getTranslation("dashboard.assign.due"));
        due.setId("assign-due");
        due.setMin(teams.today());
        var button = new Button(getTranslation("dashboard.assign.button"), e -> {
            if (who.getValue().isEmpty() || what.getValue() == null || due.getValue() == null) {
                Notification.show(getTranslation("dashboard.assign.incomplete"))
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
                return;
            }
            int n = teams.assign(who.getValue(), what.getValue().scenarioId(), due.getValue());
            Notification.show(getTranslation("dashboard.assign.done", n))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            who.clear();
        });
        button.setId("assign");
        add(row(who, what, due, button));
    }
}
