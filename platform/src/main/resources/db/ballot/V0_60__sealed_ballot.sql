-- Sealed ballots: answers waiting, encrypted, until they are opened together and stored in shuffled order. Nothing
-- but the box and the ciphertext: no id, no time, no reference to whoever cast it. Every ballot of a box has the same
-- length (padded), so neither its size nor its system columns say more than "someone cast a ballot in this box".
CREATE TABLE sealed_ballot (
    box    text  NOT NULL,
    key_id text  NOT NULL,
    sealed bytea NOT NULL
);
CREATE INDEX sealed_ballot_box ON sealed_ballot (box);
