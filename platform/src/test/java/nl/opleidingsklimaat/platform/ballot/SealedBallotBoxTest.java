package nl.opleidingsklimaat.platform.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import nl.opleidingsklimaat.testsupport.TestSql;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SealedBallotBoxTest {
    record Ballot(String programme, int score, String text) {}

    @Inject
    SealedBallotBox box;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void ballotsAreStoredAsCiphertextOfOneSizeWhateverTheirContent() {
        QuarkusTransaction.requiringNew().run(() -> {
            box.seal("box/size", new Ballot("LUMC-INT", 1, null));
            box.seal("box/size", new Ballot("LUMC-INT", 5, "Mijn opleider, Jan de Vries (06-12345678), ".repeat(40)));
        });

        assertThat(TestSql.count(
                        dataSource, "SELECT count(DISTINCT length(sealed)) FROM sealed_ballot WHERE box = 'box/size'"))
                .as("a long open answer does not make its ballot longer")
                .isEqualTo(1);
        assertThat(TestSql.count(
                        dataSource,
                        "SELECT count(*) FROM sealed_ballot WHERE box = 'box/size' AND position(?::bytea in sealed) > 0",
                        "LUMC-INT".getBytes(StandardCharsets.UTF_8)))
                .as("no plaintext in the table")
                .isZero();
    }

    @Test
    void aBoxOpensOnlyOnceEnoughBallotsWaitAndThenEmptiesInARandomOrder() {
        QuarkusTransaction.requiringNew()
                .run(() -> IntStream.rangeClosed(1, 3).forEach(i -> box.seal("box/four", new Ballot("P", i, null))));
        assertThat(QuarkusTransaction.requiringNew().call(() -> box.openWhenAtLeast("box/four", 4, Ballot.class)))
                .isEmpty();
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM sealed_ballot WHERE box = 'box/four'"))
                .isEqualTo(3);

        QuarkusTransaction.requiringNew().run(() -> box.seal("box/four", new Ballot("P", 4, null)));
        List<Ballot> opened =
                QuarkusTransaction.requiringNew().call(() -> box.openWhenAtLeast("box/four", 4, Ballot.class));

        assertThat(opened).extracting(Ballot::score).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(TestSql.count(dataSource, "SELECT count(*) FROM sealed_ballot WHERE box = 'box/four'"))
                .isZero();
    }

    @Test
    void theOrderOfOpeningDoesNotFollowTheOrderOfSealing() {
        QuarkusTransaction.requiringNew()
                .run(() -> IntStream.range(0, 40).forEach(i -> box.seal("box/order", new Ballot("P", i, null))));
        List<Integer> opened =
                QuarkusTransaction.requiringNew().call(() -> box.openAll("box/order", Ballot.class)).stream()
                        .map(Ballot::score)
                        .toList();
        assertThat(opened)
                .hasSize(40)
                .isNotEqualTo(IntStream.range(0, 40).boxed().toList());
    }

    @Test
    void aBallotMovedToAnotherBoxDoesNotOpen() {
        QuarkusTransaction.requiringNew().run(() -> box.seal("box/from", new Ballot("P", 1, null)));
        TestSql.update(dataSource, "UPDATE sealed_ballot SET box = 'box/to' WHERE box = 'box/from'");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> box.openAll("box/to", Ballot.class)))
                .hasStackTraceContaining("does not open");
    }

    @Test
    void sealingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> box.seal("box/none", new Ballot("P", 1, null))).isNotNull();
    }
}
