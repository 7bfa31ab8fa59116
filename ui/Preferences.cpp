// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"

#include "core/Enums.h"

#include <QRegularExpression>
#include <QSettings>

#include <cmath>

namespace localrig::ui {

namespace {

const QString kCurrencyKey = QStringLiteral("display/currency");
const QString kExchangeRateKey = QStringLiteral("display/exchangeRate");
const QString kExchangeRateDateKey = QStringLiteral("display/exchangeRateDate");
const QString kLanguageKey = QStringLiteral("display/language");
const QString kElectricityKey = QStringLiteral("costs/electricityUsdPerKwh");
const QString kHoursKey = QStringLiteral("costs/hoursPerDay");
const QString kHeadroomKey = QStringLiteral("sizing/headroom");
const QString kKvTypeKey = QStringLiteral("sizing/kvCacheType");

// The stored number when it is one and lies in [minimum, maximum], else the fallback.
double number(const QSettings& settings, const QString& key, double minimum, double maximum, double fallback)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    return ok && std::isfinite(value) && value >= minimum && value <= maximum ? value : fallback;
}

} // namespace

Preferences Preferences::load(const QSettings& settings)
{
    const Preferences defaults;
    Preferences p;
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    const QString currency = settings.value(kCurrencyKey).toString();
    const double rate = number(settings, kExchangeRateKey, kMinExchangeRate, kMaxExchangeRate, 0.0);
    if (currencyPattern.match(currency).hasMatch() && currency != defaults.currency && rate > 0.0) {
        p.currency = currency;
        p.exchangeRate = rate;
        p.exchangeRateDate = QDate::fromString(settings.value(kExchangeRateDateKey).toString(), Qt::ISODate);
    }
    p.electricityUsdPerKwh = number(settings, kElectricityKey, 0.0, kMaxUsdPerKwh, defaults.electricityUsdPerKwh);
    p.hoursPerDay = number(settings, kHoursKey, 0.0, kMaxHoursPerDay, defaults.hoursPerDay);
    p.headroom = number(settings, kHeadroomKey, kMinHeadroom, kMaxHeadroom, defaults.headroom);
    const auto kvType = core::parseKvCacheType(settings.value(kKvTypeKey).toString().toStdString());
    p.kvType = kvType ? kvType.value() : defaults.kvType;
    static const QRegularExpression languagePattern(QStringLiteral("^(system|[a-z]{2,3}(_[A-Z]{2})?)$"));
    const QString language = settings.value(kLanguageKey).toString();
    p.language = languagePattern.match(language).hasMatch() ? language : defaults.language;
    return p;
}

void Preferences::save(QSettings& settings) const
{
    settings.setValue(kCurrencyKey, currency);
    settings.setValue(kExchangeRateKey, usesUsd() ? 1.0 : exchangeRate);
    settings.setValue(kExchangeRateDateKey, usesUsd() ? QString() : exchangeRateDate.toString(Qt::ISODate));
    settings.setValue(kLanguageKey, language);
    settings.setValue(kElectricityKey, electricityUsdPerKwh);
    settings.setValue(kHoursKey, hoursPerDay);
    settings.setValue(kHeadroomKey, headroom);
    const std::string_view kvName = core::toString(kvType);
    settings.setValue(kKvTypeKey, QString::fromUtf8(kvName.data(), static_cast<qsizetype>(kvName.size())));
}

} // namespace localrig::ui
