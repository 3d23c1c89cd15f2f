package com.rapport.team;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rapport.security.CurrentUser;
import com.rapport.security.Role;

/**
 * Teams and assignments. A manager sees and assigns work only to the members of their own teams; an admin may
 * see every team. Trainees see their own assignments.
 */
@Service
@Transactional(readOnly = true)
public class TeamService {

    private final TeamRepository teams;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;
    private final com.rapport.security.AccountService accounts;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    TeamService(TeamRepository teams, AssignmentRepository assignments, CurrentUser currentUser,
            com.rapport.security.AccountService accounts, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.teams = teams;
        this.assignments = assignments;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether the logged-in user may review this trainee's work: an admin, or the manager of one of their teams. */
    public boolean canReview(String trainee) {
        if (currentUser.has(Role.ADMIN)) {
            return true;
        }
        return currentUser.has(Role.MANAGER) && teams.manages(currentUser.username(), trainee);
    }

    /** The teams the logged-in manager leads (every team, for an admin). */
    public List<TeamInfo> myTeams() {
        List<Team> list;
        if (currentUser.has(Role.ADMIN)) {
            list = teams.findAllByOrderByName();
        } else if (currentUser.has(Role.MANAGER)) {
            list = teams.findByManagerOrderByName(currentUser.username());
        } else {
            throw new AccessDeniedException("Only managers have teams");
        }
        return list.stream().map(TeamInfo::of).toList();
    }

    /** Creates a team led by a manager; admins only, or a manager creating their own team. */
    @Transactional
    public TeamInfo createTeam(String name, String manager, Collection<String> members) {
        boolean own = currentUser.has(Role.MANAGER) && currentUser.username().equals(manager);
        if (!own && !currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins create teams for other managers");
        }
        if (name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("A team needs a name of at most 100 characters");
        }
        if (!own) {
            requireRole(manager, Role.MANAGER);
        }
        members.forEach(this::requireTakeable);
        var team = new Team(name.strip(), manager);
        members.forEach(team::add);
        var saved = teams.save(team);
        events.publishEvent(new TeamChanged(currentUser.username(), saved.getName(), TeamChanged.Change.CREATED,
                manager));
        members.forEach(m -> events.publishEvent(new TeamChanged(currentUser.username(), saved.getName(),
                TeamChanged.Change.MEMBER_ADDED, m)));
        return TeamInfo.of(saved);
    }

    /**
     * Adds a trainee to a team, for the team's manager or an admin. A manager may add a trainee who is on no team
     * or already on one of their own; taking a trainee from another manager's team is for an admin, so a manager
     * cannot read someone else's trainees by adding them.
     *
     * @throws IllegalArgumentException when no active trainee account has that username
     * @throws AccessDeniedException when the trainee is on another manager's team
     */
    @Transactional
    public void addMember(long teamId, String username) {
        Team team = ownTeam(teamId);
        String name = username.strip();
        requireRole(name, Role.TRAINEE);
        requireTakeable(name);
        if (!team.getMembers().contains(name)) {
            team.add(name);
            events.publishEvent(new TeamChanged(currentUser.username(), team.getName(),
                    TeamChanged.Change.MEMBER_ADDED, name));
        }
    }

    /** Takes a trainee off a team, for the team's manager or an admin. Their attempts stay. */
    @Transactional
    public void removeMember(long teamId, String username) {
        Team team = ownTeam(teamId);
        if (team.getMembers().contains(username)) {
            team.remove(username);
            events.publishEvent(new TeamChanged(currentUser.username(), team.getName(),
                    TeamChanged.Change.MEMBER_REMOVED, username));
        }
    }

    /** An admin hands a team to another manager. */
    @Transactional
    public void changeManager(long teamId, String manager) {
        if (!currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only admins change a team's manager");
        }
        requireRole(manager, Role.MANAGER);
        Team team = ownTeam(teamId);
        if (!team.getManager().equals(manager)) {
            team.setManager(manager);
            events.publishEvent(new TeamChanged(currentUser.username(), team.getName(),
                    TeamChanged.Change.MANAGER_CHANGED, manager));
        }
    }

    private void requireRole(String username, Role role) {
        if (accounts.find(username).filter(a -> a.getRole() == role && a.isEnabled()).isEmpty()) {
            throw new IllegalArgumentException("No active " + role.name().toLowerCase(java.util.Locale.ROOT)
                    + " account '" + username + "'");
        }
    }

    /** Admins may move anyone; a manager only trainees on no team or on their own teams. */
    private void requireTakeable(String trainee) {
        if (currentUser.has(Role.ADMIN)) {
            return;
        }
        String me = currentUser.username();
        if (teams.findByMember(trainee).stream().anyMatch(t -> !t.getManager().equals(me))) {
            throw new AccessDeniedException("On another manager's team; ask an admin to move them");
        }
    }

    private Team ownTeam(long teamId) {
        Team team = teams.findById(teamId).orElseThrow(() -> new AccessDeniedException("No such team"));
        if (!currentUser.has(Role.ADMIN) && !team.getManager().equals(currentUser.username())) {
            throw new AccessDeniedException("Not your team");
        }
        return team;
    }

    /**
     * Assigns a scenario to trainees with a due date. Every trainee must be on one of the manager's teams; a
     * trainee who already has the same scenario assigned gets the new date instead of a second row.
     */
    @Transactional
    public int assign(Collection<String> trainees, String scenarioId, LocalDate dueOn) {
        var refused = new ArrayList<String>();
        for (String t : trainees) {
            if (!canReview(t)) {
                refused.add(t);
            }
        }
        if (!refused.isEmpty()) {
            throw new AccessDeniedException("Not on your teams: " + String.join(", ", refused));
        }
        for (Assignment a : assignments.findByUsernameInOrderByDueOn(trainees)) {
            if (a.getScenarioId().equals(scenarioId)) {
                assignments.delete(a);
            }
        }
        assignments.flush();
        for (String t : trainees) {
            assignments.save(new Assignment(t, scenarioId, dueOn, currentUser.username(), clock.instant()));
        }
        return trainees.size();
    }

    /**
     * Deletes a trainee's assignments and returns how many; their team memberships stay (the account does).
     * For the privacy feature's erasure, which checks that an admin asks and runs it in one transaction.
     */
    @Transactional
    public int eraseAssignments(String trainee) {
        return assignments.deleteAllOf(trainee);
    }

    /** The logged-in trainee's assignments, soonest due first. */
    public List<AssignmentInfo> myAssignments() {
        return assignments.findByUsernameOrderByDueOn(currentUser.username()).stream().map(AssignmentInfo::of)
                .toList();
    }

    /** Assignments of the trainees the logged-in manager may review, soonest due first. */
    public List<AssignmentInfo> assignmentsOf(Collection<String> trainees) {
        var allowed = trainees.stream().filter(this::canReview).toList();
        return assignments.findByUsernameInOrderByDueOn(allowed).stream().map(AssignmentInfo::of).toList();
    }

    /** The logged-in user's username, as the manager of a team they create. */
    public String currentManager() {
        return currentUser.username();
    }

    /** Today, in the server's clock; assignments due before it are overdue. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A team as the screens show it. */
    public record TeamInfo(long id, String name, String manager, List<String> members) {
        static TeamInfo of(Team t) {
            return new TeamInfo(Objects.requireNonNull(t.getId()), t.getName(), t.getManager(),
                    t.getMembers().stream().sorted().toList());
        }
    }

    /** An assignment as the screens show it. */
    public record AssignmentInfo(long id, String username, String scenarioId, LocalDate dueOn, String assignedBy,
            java.time.Instant assignedAt) {
        static AssignmentInfo of(Assignment a) {
            return new AssignmentInfo(Objects.requireNonNull(a.getId()), a.getUsername(), a.getScenarioId(),
                    a.getDueOn(), a.getAssignedBy(), a.getAssignedAt());
        }

        public boolean overdueOn(LocalDate today) {
            return dueOn.isBefore(today);
        }
    }
}
