package vn.sohoa.platform.units.service;

import vn.sohoa.platform.units.domain.UnitType;

/** The fields of a sub-unit as a client describes it. */
public record UnitDraft(String code, String name, UnitType type, Integer households, Integer population) {}
