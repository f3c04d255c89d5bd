package io.complaints.notification.alerting;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log of one complaint's notifications. */
@RestController
@RequestMapping("/api/notifications")
class DeliveryLogController {

    private final MongoTemplate mongo;

    DeliveryLogController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping
    List<Delivery> ofComplaint(@RequestParam String complaintId) {
        return mongo.find(query(where("complaintId").is(complaintId)).with(Sort.by("createdAt", "id")), Delivery.class);
    }
}
