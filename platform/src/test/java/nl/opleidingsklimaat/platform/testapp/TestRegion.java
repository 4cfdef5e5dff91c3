package nl.opleidingsklimaat.platform.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "test_region")
public class TestRegion extends PanacheEntityBase {
    @Id
    public String code;

    public String name;
}
