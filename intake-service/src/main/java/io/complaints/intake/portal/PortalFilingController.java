package io.complaints.intake.portal;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.events.Channel;
import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplainedAbout;
import io.complaints.intake.complaint.ComplaintDetails;
import io.complaints.intake.complaint.OnlineComplainant;
import io.complaints.intake.complaint.RegisterComplaint;
import io.complaints.intake.registration.RegistrationOutcome;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.organisation.OrganisationUnit;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.platform.text.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * Filing a complaint in the self-service portal, without an account: the complainant proves the e-mail
 * address with a one-time code, then files; it becomes an ordinary registration of channel WEBSITE at
 * the unit they chose, with the same rules and numbering, and they get the registration number and a
 * tracking code (on the page and by e-mail) to follow it. Every request is metered per caller address.
 */
@RestController
@RequestMapping("/api/portal")
@Tag(name = "portal: filing", description = "The complainant files a complaint online (no account)")
class PortalFilingController {

    /** The level the complainant files at: general; the branch confirms or changes it at triage. */
    static final int FILED_LEVEL = 3;

    private final CommandGateway commands;
    private final UnitDirectory units;
    private final PortalCallers callers;
    private final EmailCodes emailCodes;
    private final TrackingCodes trackingCodes;
    private final PortalSessions sessions;
    private final CodeMail mail;
    private final PortalProperties properties;
    private final TransactionTemplate transaction;

    PortalFilingController(CommandGateway commands, UnitDirectory units, PortalCallers callers, EmailCodes emailCodes,
                           TrackingCodes trackingCodes, PortalSessions sessions, CodeMail mail,
                           PortalProperties properties, TransactionTemplate transaction) {
        this.commands = commands;
        this.units = units;
        this.callers = callers;
        this.emailCodes = emailCodes;
        this.trackingCodes = trackingCodes;
        this.sessions = sessions;
        this.mail = mail;
        this.properties = properties;
        this.transaction = transaction;
    }

    record Unit(String code, String name, List<String> pathNames) {
    }

    @GetMapping("/units")
    @Operation(summary = "The branches a complaint can be filed at, with the units above them (by region)",
            description = "Each branch: its code, its name, and the names of the units from the top down to it.")
    List<Unit> units(HttpServletRequest request) {
        callers.admit(request);
        return units.branches().stream()
                .map(unit -> new Unit(unit.code(), unit.name(), unit.path().stream()
                        .map(code -> units.find(code).map(OrganisationUnit::name).orElse(code)).toList()))
                .sorted(Comparator.comparing(unit -> String.join("/", unit.pathNames()))).toList();
    }

    @PostMapping("/email-codes")
    @Operation(summary = "Send a one-time code to the e-mail address (6 digits, short-lived)",
            description = "202 when sent; 429 when one was sent to the address a moment ago or the caller asks too often.")
    ResponseEntity<Void> emailCode(@Valid @RequestBody PortalRequests.EmailCodeRequest body, HttpServletRequest request) {
        callers.admit(request);
        String code = emailCodes.issue(body.email());
        mail.sendEmailCode(body.email().strip(), code, properties.emailCodeTtl());
        return ResponseEntity.accepted().build();
    }

    record Filed(String registrationNumber, String trackingCode, Instant receivedAt) {
    }

    @PostMapping("/complaints")
    @Operation(summary = "File a complaint with the e-mail code; answers the registration number and tracking code",
            description = "Also opens a session for the complaint (cookie). The tracking code is shown once and e-mailed.")
    ResponseEntity<Filed> file(@Valid @RequestBody PortalRequests.Filing body, HttpServletRequest request) {
        callers.admit(request);
        OrganisationUnit unit = units.branches().stream().filter(branch -> branch.code().equals(body.unitCode()))
                .findFirst().orElseThrow(() -> RulesViolatedException.ofField("unitCode", "branch-exists",
                        "is not a branch of the organisation"));
        emailCodes.spend(body.complainant().email(), body.emailCode());
        String complaintId = UUID.randomUUID().toString();
        String reference = UUID.randomUUID().toString();
        RegisterComplaint command = new RegisterComplaint(complaintId, unit, details(body), reference,
                complainant(body.complainant()), null, null, null, OnlineComplainant.of(reference, unit.code()));
        Filed filed = transaction.execute(status -> {
            RegistrationOutcome outcome = commands.sendAndWait(command);
            String number = outcome.registration().registrationNumber();
            return new Filed(number, trackingCodes.issue(complaintId, number, reference, unit.code()),
                    outcome.registration().receivedAt());
        });
        try {
            mail.sendTrackingCode(body.complainant().email().strip(), filed.registrationNumber(), filed.trackingCode());
        } catch (CodeMail.MailNotSent unsent) {
            // the page shows the number and the code: the complaint stands without the e-mail
        }
        return ResponseEntity.created(URI.create("/api/portal/complaint"))
                .header(HttpHeaders.SET_COOKIE, sessions.open(complaintId).toString())
                .body(filed);
    }

    @ExceptionHandler(CodeMail.MailNotSent.class)
    ResponseEntity<ProblemDetail> mailNotSent() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the e-mail could not be sent just now; try again in a minute");
        problem.setTitle("E-mail not sent");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60").body(problem);
    }

    private static ComplaintDetails details(PortalRequests.Filing body) {
        String product = Texts.clean(body.productOrService());
        return new ComplaintDetails(Channel.WEBSITE, body.category(), FILED_LEVEL, Texts.clean(body.description()),
                Texts.clean(body.demand()), body.occurredAt(),
                product == null ? null : new ComplainedAbout(null, null, null, product), Set.of(), 1);
    }

    private static Complainant complainant(PortalRequests.Contact c) {
        return new Complainant(Texts.clean(c.name()), null, Texts.clean(c.address()), Texts.clean(c.phone()),
                Texts.clean(c.email()), Boolean.TRUE.equals(c.contactConsent()));
    }
}
