package nl.opleidingsklimaat.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DevTokenTest {

    @Test
    void mintsASignedTokenWithRoleAndScope() {
        String token =
                DevToken.fromArguments(new String[] {"coc", "--institution", "LUMC,HAGA", "--subject", "person-7"});
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, "header, claims and signature");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"RS256\""), header);
        assertTrue(claims.contains("\"groups\":[\"coc\"]"), claims);
        assertTrue(claims.contains("\"institutions\":[\"LUMC\",\"HAGA\"]"), claims);
        assertTrue(claims.contains("\"upn\":\"person-7\""), claims);
        assertTrue(claims.contains("\"iss\":\"" + DevToken.ISSUER + "\""), claims);
        assertTrue(claims.contains("\"aud\":\"" + DevToken.AUDIENCE + "\""), claims);
    }

    @Test
    void refusesUnknownRolesAndOptions() {
        assertThrows(IllegalArgumentException.class, () -> DevToken.fromArguments(new String[] {"admin"}));
        assertThrows(
                IllegalArgumentException.class,
                () -> DevToken.fromArguments(new String[] {"coc", "--everything", "yes"}));
        assertThrows(IllegalArgumentException.class, () -> DevToken.fromArguments(new String[] {}));
    }
}
