package nl.opleidingsklimaat.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class BrokerAccountsTest {

    @Test
    void aServiceWritesOnlyItsOwnTopicAndDeadLettersAndReadsOnlyWhatItConsumes() {
        assertEquals(Set.of("survey.v1", "survey-service.dlq"), topics(BrokerAccounts.SURVEY, AclOperation.WRITE));
        assertEquals(Set.of("quality.v1"), topics(BrokerAccounts.SURVEY, AclOperation.READ));
        assertEquals(
                Set.of("survey.v1", "coaching.v1", "training-events.v1"),
                topics(BrokerAccounts.QUALITY, AclOperation.READ));
        assertEquals(Set.of("quality.v1", "survey.v1"), topics(BrokerAccounts.COACHING, AclOperation.READ));
        assertEquals(
                Set.of("training-events.v1", "event-service.dlq"), topics(BrokerAccounts.EVENTS, AclOperation.WRITE));
    }

    @Test
    void eachPrincipalIsGrantedForItselfOnlyAndReadsInItsOwnGroup() {
        for (BrokerAccounts account : BrokerAccounts.values()) {
            assertEquals(
                    Set.of("User:" + account.principal()),
                    account.acls().stream().map(acl -> acl.entry().principal()).collect(Collectors.toSet()));
            assertEquals(
                    Set.of(account.principal()),
                    account.acls().stream()
                            .filter(acl -> acl.pattern().resourceType() == ResourceType.GROUP)
                            .map(acl -> acl.pattern().name())
                            .collect(Collectors.toSet()));
        }
    }

    private static Set<String> topics(BrokerAccounts account, AclOperation operation) {
        return account.acls().stream()
                .filter(acl -> acl.pattern().resourceType() == ResourceType.TOPIC)
                .filter(acl -> acl.entry().operation() == operation)
                .map(acl -> acl.pattern().name())
                .collect(Collectors.toSet());
    }
}
