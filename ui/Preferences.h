// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/InputLimits.h"
#include "core/Scenario.h"
#include "core/SizingConstants.h"

#include <QDate>
#include <QString>

class QSettings;

namespace localrig::ui {

// What the person set in Edit → Preferences, persisted through QSettings under the groups
// display/, costs/ and sizing/. load() never returns an inconsistent value: anything out of range in the
// settings file falls back to its default, and a currency other than USD without a rate falls back to USD,
// because LocalRig never invents an exchange rate.
struct Preferences
{
    static constexpr double kMinHeadroom = 0.5;
    static constexpr double kMaxHeadroom = 0.95;
    static constexpr double kMaxUsdPerKwh = core::limits::kMaxUsdPerKwh;
    static constexpr double kMaxHoursPerDay = core::limits::kMaxHoursPerDay;
    static constexpr double kMinExchangeRate = 1e-6;
    static constexpr double kMaxExchangeRate = 1e9;

    QString currency = QStringLiteral("USD"); // ISO 4217 code used to show money
    double exchangeRate = 1.0; // units of `currency` for one US dollar, as the user entered it
    QDate exchangeRateDate; // the day the user entered the rate; null for USD
    double electricityUsdPerKwh = core::SizingConstants().defaultUsdPerKwh; // EIA, 2024 US residential average
    double hoursPerDay = core::SizingConstants().defaultHoursPerDay;
    double headroom = 0.75; // footprint / RAM above which a unified machine is no longer comfortable
    core::KvCacheType kvType = core::KvCacheType::F16;
    QString language = QStringLiteral("system"); // "system" or a code such as de, fr, zh_CN; read at start-up

    bool usesUsd() const { return currency == u"USD"; }
    bool operator==(const Preferences& other) const = default;

    static Preferences load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace localrig::ui
