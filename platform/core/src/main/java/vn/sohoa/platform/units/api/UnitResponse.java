package vn.sohoa.platform.units.api;

import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.domain.UnitType;

/** A sub-unit as the API returns it. */
public record UnitResponse(String code, String name, UnitType type, Integer households, Integer population,
                           long version) {

    static UnitResponse of(Unit unit) {
        return new UnitResponse(unit.code(), unit.name(), unit.type(), unit.households(), unit.population(),
                unit.version());
    }
}
