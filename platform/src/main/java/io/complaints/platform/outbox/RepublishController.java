package io.complaints.platform.outbox;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.web.Problems;

/** Republish the whole event store to the service's topic: start it, and follow its progress. */
@RestController
@RequestMapping("/api/admin/republish")
class RepublishController {

    private final Republisher republisher;

    RepublishController(Republisher republisher) {
        this.republisher = republisher;
    }

    @PostMapping
    ResponseEntity<RepublishJob> start() {
        RepublishJob job = republisher.start();
        return ResponseEntity.accepted().location(URI.create("/api/admin/republish/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    ResponseEntity<?> progress(@PathVariable String id) {
        return Problems.okOrNotFound(republisher.job(id), "No such republish",
                "no republish " + id + " was started on this instance");
    }
}
