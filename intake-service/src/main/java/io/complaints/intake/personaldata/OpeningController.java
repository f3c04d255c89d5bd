package io.complaints.intake.personaldata;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Opens sealed texts for the services that show what complainants wrote (e.g. analytics' ledger and its
 * exports): in a batch, in the order asked, each the text or erased. For services only (role SERVICE);
 * every call is logged with the caller and the count, never a text.
 */
@RestController
@RequestMapping("/api/personal-data")
@Tag(name = "erasure", description = "Erasing a complainant's personal data; the complaint and its figures stay")
class OpeningController {

    private static final Logger log = LoggerFactory.getLogger(OpeningController.class);
    static final int MOST_TEXTS = 500;

    private final PersonalData vault;

    OpeningController(PersonalData vault) {
        this.vault = vault;
    }

    /** Up to {@value #MOST_TEXTS} texts, sealed as published; a text that is not sealed comes back as it is. */
    record OpenRequest(@NotNull @Size(max = MOST_TEXTS) List<@NotNull @Size(max = 20_000) String> texts) {

        @Override
        public String toString() {
            return "OpenRequest[" + (texts == null ? 0 : texts.size()) + " texts]";
        }
    }

    record OpenAnswer(List<PersonalData.Opened> texts) {

        @Override
        public String toString() {
            return "OpenAnswer[" + texts.size() + " texts]";
        }
    }

    @PostMapping("/opened")
    @Operation(summary = "Open sealed texts (services only)",
            description = "Each answer is {text, erased}: erased true and text null once the complainant's personal "
                    + "data was erased.")
    ResponseEntity<OpenAnswer> open(@Valid @RequestBody OpenRequest request, Actor actor) {
        PersonalData.Opener opener = vault.opener();
        List<PersonalData.Opened> opened = request.texts().stream().map(opener::open).toList();
        log.info("{} sealed texts opened for {} of {}", opened.size(), actor.id(), actor.unit());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new OpenAnswer(opened));
    }
}
