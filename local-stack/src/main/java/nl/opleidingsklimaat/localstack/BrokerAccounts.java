package nl.opleidingsklimaat.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.opleidingsklimaat.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Each service's principal on an authenticated broker, and what its ACLs allow (DESIGN.md, "Services and what each
 * owns"): write its own topic and its dead-letter topic {@code <service>.dlq}; read only the topics it consumes, in its
 * consumer group (the service's name). Everything else is refused by the broker.
 */
public enum BrokerAccounts {
    QUALITY("quality-framework-service", Topics.QUALITY, Topics.SURVEY, Topics.COACHING, Topics.TRAINING_EVENTS),
    SURVEY("survey-service", Topics.SURVEY, Topics.QUALITY),
    COACHING("coaching-service", Topics.COACHING, Topics.QUALITY, Topics.SURVEY),
    EVENTS("event-service", Topics.TRAINING_EVENTS, Topics.QUALITY);

    private final String principal;
    private final String publishes;
    private final List<String> consumes;

    BrokerAccounts(String principal, String publishes, String... consumes) {
        this.principal = principal;
        this.publishes = publishes;
        this.consumes = List.of(consumes);
    }

    /** The user name: the service's application name (which is also its consumer group). */
    public String principal() {
        return principal;
    }

    public String publishes() {
        return publishes;
    }

    public String deadLetters() {
        return principal + ".dlq";
    }

    public List<String> consumes() {
        return consumes;
    }

    /**
     * Creates the topics (each service's and its dead-letter topic, as operations would; a service may not create what it
     * only reads) and gives every service its SCRAM credential (password by principal) and its ACLs, as the broker's
     * super user. Running it again changes nothing but the passwords.
     */
    public static void grantAll(KafkaBroker broker, Map<String, String> passwords) {
        try (Admin admin = Admin.create(broker.adminConfig())) {
            List<NewTopic> topics = new ArrayList<>();
            for (BrokerAccounts account : values()) {
                topics.add(new NewTopic(account.publishes, Optional.empty(), Optional.empty()));
                topics.add(new NewTopic(account.deadLetters(), Optional.empty(), Optional.empty()));
            }
            admin.createTopics(topics).values().values().forEach(created -> {
                try {
                    created.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            });
            List<UserScramCredentialAlteration> credentials = new ArrayList<>();
            List<AclBinding> acls = new ArrayList<>();
            for (BrokerAccounts account : values()) {
                String password = passwords.get(account.principal);
                if (password == null) {
                    throw new IllegalArgumentException("no broker password for " + account.principal);
                }
                credentials.add(new UserScramCredentialUpsertion(
                        account.principal, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 8192), password));
                acls.addAll(account.acls());
            }
            admin.alterUserScramCredentials(credentials).all().get(30, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not give the services their broker accounts", e);
        }
    }

    List<AclBinding> acls() {
        List<AclBinding> acls = new ArrayList<>();
        for (String topic : List.of(publishes, deadLetters())) {
            for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE)) {
                acls.add(allow(ResourceType.TOPIC, topic, operation));
            }
        }
        for (String topic : consumes) {
            acls.add(allow(ResourceType.TOPIC, topic, AclOperation.READ));
            acls.add(allow(ResourceType.TOPIC, topic, AclOperation.DESCRIBE));
        }
        acls.add(allow(ResourceType.GROUP, principal, AclOperation.READ));
        return acls;
    }

    private AclBinding allow(ResourceType type, String name, AclOperation operation) {
        return new AclBinding(
                new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }
}
