// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionValues.h"

#include <QLocale>

#include <cmath>

namespace localrig::app {

namespace {

constexpr int kMaxOptionLength = 64; // longer text is never a number a person meant

Error notANumber(const QString& text, const QString& option, const char* kind)
{
    const QString shown = text.size() > kMaxOptionLength ? text.left(kMaxOptionLength) + QStringLiteral("...") : text;
    return makeError(
        ErrorCode::InvalidInput,
        QStringLiteral("--%1: '%2' is not %3").arg(option, shown, QString::fromLatin1(kind)).toStdString());
}

} // namespace

Result<double> parseNumber(const QString& text, const QString& option)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    // The C locale: a CLI argument means the same on every machine.
    const double value = trimmed.size() <= kMaxOptionLength ? QLocale::c().toDouble(trimmed, &ok) : 0.0;
    if (!ok || !std::isfinite(value)) {
        return notANumber(text, option, "a finite number");
    }
    return value;
}

Result<long long> parseInteger(const QString& text, const QString& option)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const long long value = trimmed.size() <= kMaxOptionLength ? QLocale::c().toLongLong(trimmed, &ok) : 0;
    if (!ok) {
        return notANumber(text, option, "a whole number");
    }
    return value;
}

Result<std::optional<double>> optionalNumber(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option)) {
        return std::optional<double>{};
    }
    BOOST_OUTCOME_TRY(value, parseNumber(parser.value(option), option));
    return std::optional<double>{value};
}

Result<std::optional<long long>> optionalInteger(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option)) {
        return std::optional<long long>{};
    }
    BOOST_OUTCOME_TRY(value, parseInteger(parser.value(option), option));
    return std::optional<long long>{value};
}

Result<double> numberOr(const QCommandLineParser& parser, const QString& option, double fallback)
{
    BOOST_OUTCOME_TRY(value, optionalNumber(parser, option));
    return value.value_or(fallback);
}

Result<long long> integerOr(const QCommandLineParser& parser, const QString& option, long long fallback)
{
    BOOST_OUTCOME_TRY(value, optionalInteger(parser, option));
    return value.value_or(fallback);
}

QString errorLine(const Error& error)
{
    return QString::fromStdString(error.detail);
}

} // namespace localrig::app
