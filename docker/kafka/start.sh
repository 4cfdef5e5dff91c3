#!/usr/bin/env bash
# The compose stack's Kafka (apache/kafka image): one KRaft node that authenticates every client with SASL/SCRAM and
# authorises with the StandardAuthorizer, as local-stack's KafkaBroker and BrokerAccounts do for bin/start. Formats the
# log with the super user's SCRAM credential on the first start, starts the broker, creates the topics, gives each
# service its SCRAM credential and ACLs (write its own topic and <service>.dlq, read what it consumes, in its own group),
# then waits on the broker. Passwords come from the environment; there are no defaults.
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?}" "${CLUSTER_ID:?}"
K=/opt/kafka/bin
CONF=/tmp/server.properties
cat >"$CONF" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-256
listener.name.sasl_plaintext.sasl.enabled.mechanisms=SCRAM-SHA-256
listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD" user_admin="$KAFKA_ADMIN_PASSWORD";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin
allow.everyone.if.no.acl.found=false
log.dirs=/var/lib/kafka/data
num.partitions=3
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
ADMIN=/tmp/admin.properties
cat >"$ADMIN" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-256
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPS
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  "$K/kafka-storage.sh" format -t "$CLUSTER_ID" -c "$CONF" --add-scram "SCRAM-SHA-256=[name=admin,password=$KAFKA_ADMIN_PASSWORD]"
fi
"$K/kafka-server-start.sh" "$CONF" &
BROKER=$!
until "$K/kafka-broker-api-versions.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" >/dev/null 2>&1; do sleep 2; done

# principal  password-variable  own-topic  consumed topics (BrokerAccounts in local-stack holds the same table)
while read -r principal variable topic consumes; do
  password="${!variable:?$variable is required}"
  for t in "$topic" "$principal.dlq"; do
    "$K/kafka-topics.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --create --if-not-exists --topic "$t" >/dev/null
    "$K/kafka-acls.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --add --allow-principal "User:$principal" \
      --operation Write --operation Describe --operation Create --topic "$t" >/dev/null
  done
  "$K/kafka-configs.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --alter --entity-type users \
    --entity-name "$principal" --add-config "SCRAM-SHA-256=[iterations=8192,password=$password]" >/dev/null
  for t in ${consumes//,/ }; do
    "$K/kafka-acls.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --add --allow-principal "User:$principal" \
      --operation Read --operation Describe --topic "$t" >/dev/null
  done
  "$K/kafka-acls.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --add --allow-principal "User:$principal" \
    --operation Read --group "$principal" >/dev/null
done <<TABLE
quality-framework-service QUALITY_KAFKA_PASSWORD quality.v1 survey.v1,coaching.v1,training-events.v1
survey-service SURVEY_KAFKA_PASSWORD survey.v1 quality.v1
coaching-service COACHING_KAFKA_PASSWORD coaching.v1 quality.v1,survey.v1
event-service EVENTS_KAFKA_PASSWORD training-events.v1 quality.v1
TABLE
touch /tmp/accounts-ready
wait "$BROKER"
