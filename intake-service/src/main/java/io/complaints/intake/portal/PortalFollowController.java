package io.complaints.intake.portal;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.complaints.intake.complaint.AddInformation;
import io.complaints.intake.complaint.AnswerCallback;
import io.complaints.intake.complaint.DecideOnRemedy;
import io.complaints.intake.complaint.OnlineComplainant;
import io.complaints.intake.complaint.WithdrawComplaint;
import io.complaints.intake.evidence.EvidenceUploads;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.text.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * Following one complaint in the portal: the registration number and the tracking code open a
 * short-lived session for that complaint only (a signed cookie); in it the complainant reads the status
 * and acts on the complaint as its complainant — withdraw, add information or a file while it is open,
 * decide on the remedy offered, answer the callback — each recorded exactly as staff would record it,
 * with the complainant as the actor. Nothing here reaches any other complaint.
 */
@RestController
@RequestMapping("/api/portal")
@Tag(name = "portal: following", description = "The complainant follows and answers their complaint online")
class PortalFollowController {

    private final CommandGateway commands;
    private final PortalCallers callers;
    private final TrackingCodes trackingCodes;
    private final PortalSessions sessions;
    private final PortalView view;
    private final EvidenceUploads evidence;

    PortalFollowController(CommandGateway commands, PortalCallers callers, TrackingCodes trackingCodes,
                           PortalSessions sessions, PortalView view, EvidenceUploads evidence) {
        this.commands = commands;
        this.callers = callers;
        this.trackingCodes = trackingCodes;
        this.sessions = sessions;
        this.view = view;
        this.evidence = evidence;
    }

    @PostMapping("/session")
    @Operation(summary = "Open a session for the complaint the registration number and tracking code open",
            description = "200 with the complaint and a session cookie; 400 naming trackingCode alike for an unknown "
                    + "number and a wrong code; 429 after repeated wrong codes for the number or from the address.")
    ResponseEntity<PortalView.Complaint> open(@Valid @RequestBody PortalRequests.SessionRequest body,
                                              HttpServletRequest request) {
        String caller = callers.admit(request);
        String complaintId = trackingCodes.open(body.registrationNumber(), body.trackingCode(), caller);
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, sessions.open(complaintId).toString())
                .body(view.of(complaintId));
    }

    @DeleteMapping("/session")
    @Operation(summary = "End the session")
    ResponseEntity<Void> close() {
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, sessions.close().toString()).build();
    }

    @GetMapping("/complaint")
    @Operation(summary = "The session's complaint: status in one word, next step and due, remedy offered, public steps")
    PortalView.Complaint complaint(HttpServletRequest request) {
        return view.of(session(request).complaintId());
    }

    @PostMapping("/complaint/withdrawal")
    @Operation(summary = "Withdraw the complaint, with the reason (while it is open)")
    PortalView.Complaint withdraw(@Valid @RequestBody PortalRequests.Withdrawal body, HttpServletRequest request) {
        var complaint = session(request);
        mayDo(complaint, "WITHDRAW");
        commands.sendAndWait(new WithdrawComplaint(complaint.complaintId(), Texts.clean(body.reason()), actor(complaint)));
        return view.of(complaint.complaintId());
    }

    @PostMapping("/complaint/information")
    @Operation(summary = "Add information to the complaint (while it is open)")
    PortalView.Complaint addInformation(@Valid @RequestBody PortalRequests.Information body, HttpServletRequest request) {
        var complaint = session(request);
        mayDo(complaint, "ADD_INFORMATION");
        commands.sendAndWait(new AddInformation(complaint.complaintId(), Texts.clean(body.text()), actor(complaint)));
        return view.of(complaint.complaintId());
    }

    @PostMapping(path = "/complaint/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a file to the complaint (while it is open), by the evidence rules")
    PortalView.Complaint addFile(@RequestParam("file") MultipartFile file, HttpServletRequest request) {
        var complaint = session(request);
        mayDo(complaint, "ADD_INFORMATION");
        evidence.attach(complaint.complaintId(), evidence.accept(file), actor(complaint));
        return view.of(complaint.complaintId());
    }

    @PostMapping("/complaint/remedy-decision")
    @Operation(summary = "Accept the remedy offered, or decline it with the reason")
    PortalView.Complaint decide(@Valid @RequestBody PortalRequests.Decision body, HttpServletRequest request) {
        var complaint = session(request);
        mayDo(complaint, "DECIDE_ON_REMEDY");
        commands.sendAndWait(new DecideOnRemedy(complaint.complaintId(), body.accepted(), Texts.clean(body.reason()),
                actor(complaint)));
        return view.of(complaint.complaintId());
    }

    @PostMapping("/complaint/callback")
    @Operation(summary = "Answer the callback's questions: satisfaction, with how quickly it was handled, comment",
            description = "Dissatisfied needs a comment: the complaint is reopened with it.")
    PortalView.Complaint answerCallback(@Valid @RequestBody PortalRequests.CallbackAnswer body,
                                        HttpServletRequest request) {
        var complaint = session(request);
        mayDo(complaint, "ANSWER_CALLBACK");
        commands.sendAndWait(new AnswerCallback(complaint.complaintId(), body.satisfaction(),
                body.timelinessSatisfaction(), Texts.clean(body.comment()), actor(complaint)));
        return view.of(complaint.complaintId());
    }

    /** The session's complaint; 401 without a valid session. Every call is metered per address. */
    private TrackingCodes.OpenedComplaint session(HttpServletRequest request) {
        callers.admit(request);
        return sessions.complaintOf(request).flatMap(trackingCodes::opened)
                .orElseThrow(NoSession::new);
    }

    /** What the complaint waits for now: refused naming the rule otherwise, nothing changed. */
    private void mayDo(TrackingCodes.OpenedComplaint complaint, String action) {
        List<String> allowed = view.of(complaint.complaintId()).allowed();
        if (!allowed.contains(action)) {
            throw RulesViolatedException.ofRule("awaited-now", "the complaint does not wait for this now ("
                    + action + "); it waits for " + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed)));
        }
    }

    @ExceptionHandler(NoSession.class)
    ResponseEntity<ProblemDetail> noSession() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "no portal session, or it ended: open the complaint with its registration number and tracking code");
        problem.setTitle("No session");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    static final class NoSession extends RuntimeException {
        NoSession() {
            super("no portal session", null, false, false);
        }
    }

    private static Actor actor(TrackingCodes.OpenedComplaint complaint) {
        return OnlineComplainant.of(complaint.complainantReference(), complaint.unitCode());
    }
}
