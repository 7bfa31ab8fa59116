// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionValues.h"

#include "ui/ErrorText.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace localrig::app {

namespace {

constexpr int kMaxOptionLength = 64; // longer text is never a number a person meant
constexpr int kMaxErrorLength = 300; // an error is one line on a terminal, whatever was typed

// Line breaks, tabs and other control characters would split or garble the one-line error: each
// becomes a space.
QString oneLine(const QString& text)
{
    QString line = text;
    for (QChar& c : line) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            c = QLatin1Char(' ');
        }
    }
    return line;
}

Error notANumber(const QString& text, const QString& option, const char* kind)
{
    const QString shown
        = oneLine(text.size() > kMaxOptionLength ? text.left(kMaxOptionLength) + QStringLiteral("...") : text);
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

// What each numeric option is, in words, for the range errors: "--hours-per-day (hours of use per day)".
QString describe(const QString& option)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("params"), QStringLiteral("total parameters, in billions")},
        {QStringLiteral("active-params"), QStringLiteral("active parameters, in billions, at most --params")},
        {QStringLiteral("bpw"), QStringLiteral("bits per weight")},
        {QStringLiteral("weights-gb"), QStringLiteral("model file size in GB")},
        {QStringLiteral("layers"), QStringLiteral("transformer layers")},
        {QStringLiteral("kv-heads"), QStringLiteral("key/value heads")},
        {QStringLiteral("head-dim"), QStringLiteral("head dimension")},
        {QStringLiteral("attention-heads"), QStringLiteral("query heads, 0 for unknown")},
        {QStringLiteral("full-attention-layers"), QStringLiteral("full-attention layers, at most --layers")},
        {QStringLiteral("sliding-window"), QStringLiteral("sliding window in tokens, 0 for none")},
        {QStringLiteral("linear-state-bytes"), QStringLiteral("fixed state in bytes")},
        {QStringLiteral("kv-lora-rank"), QStringLiteral("MLA latent rank")},
        {QStringLiteral("rope-dim"), QStringLiteral("MLA rotary dimension")},
        {QStringLiteral("memory-gb"), QStringLiteral("memory in GB")},
        {QStringLiteral("vram-gb"), QStringLiteral("VRAM in GB")},
        {QStringLiteral("bandwidth"), QStringLiteral("memory bandwidth in GB/s")},
        {QStringLiteral("system-bandwidth"), QStringLiteral("system RAM bandwidth in GB/s, 0 for the default")},
        {QStringLiteral("tflops"), QStringLiteral("FP16 TFLOPS")},
        {QStringLiteral("context"), QStringLiteral("context length in tokens")},
        {QStringLiteral("sessions"), QStringLiteral("parallel sessions")},
        {QStringLiteral("agents"), QStringLiteral("parallel agents, 0 for the workloads' own")},
        {QStringLiteral("headroom"), QStringLiteral("comfortable share of memory")},
        {QStringLiteral("prompt-tokens"), QStringLiteral("prompt length in tokens")},
        {QStringLiteral("budget"), QStringLiteral("budget in USD")},
        {QStringLiteral("api-usd-month"), QStringLiteral("API spend per month in USD")},
        {QStringLiteral("usd-per-kwh"), QStringLiteral("electricity price in USD per kWh")},
        {QStringLiteral("hours-per-day"), QStringLiteral("hours per day")},
        {QStringLiteral("hardware-usd"), QStringLiteral("price of the machine in USD")},
        {QStringLiteral("watts"), QStringLiteral("power while generating, in watts")},
        {QStringLiteral("months"), QStringLiteral("months to compare")},
        {QStringLiteral("resale-fraction"), QStringLiteral("share of the price recovered")},
    };
    const auto found = names.constFind(option);
    return found == names.constEnd() ? QString() : QStringLiteral(" (") + *found + QLatin1Char(')');
}

Error outOfRange(const QCommandLineParser& parser, const QString& option, double minimum, double maximum)
{
    // Plain decimals, never an exponent: "from 0.5 to 64", "from 0 to 10000000".
    const auto plain = [](double v) { return QLocale::c().toString(v, 'f', QLocale::FloatingPointShortest); };
    const QString typed = parser.value(option).trimmed();
    const QString shown
        = oneLine(typed.size() > kMaxOptionLength ? typed.left(kMaxOptionLength) + QStringLiteral("...") : typed);
    return makeError(ErrorCode::OutOfRange,
                     QStringLiteral("--%1%2 must be from %3 to %4 (not %5)")
                         .arg(option, describe(option), plain(minimum), plain(maximum), shown)
                         .toStdString());
}

Result<std::optional<double>> optionalNumberIn(const QCommandLineParser& parser, const QString& option, double minimum,
                                               double maximum)
{
    BOOST_OUTCOME_TRY(value, optionalNumber(parser, option));
    if (value && !(*value >= minimum && *value <= maximum)) {
        return outOfRange(parser, option, minimum, maximum);
    }
    return value;
}

Result<double> numberIn(const QCommandLineParser& parser, const QString& option, double fallback, double minimum,
                        double maximum)
{
    BOOST_OUTCOME_TRY(value, optionalNumberIn(parser, option, minimum, maximum));
    return value.value_or(fallback);
}

Result<long long> integerIn(const QCommandLineParser& parser, const QString& option, long long fallback,
                            long long minimum, long long maximum)
{
    BOOST_OUTCOME_TRY(value, optionalInteger(parser, option));
    if (value && (*value < minimum || *value > maximum)) {
        return outOfRange(parser, option, static_cast<double>(minimum), static_cast<double>(maximum));
    }
    return value.value_or(fallback);
}

Result<long long> tokensIn(const QCommandLineParser& parser, const QString& option, long long fallback,
                           long long minimum, long long maximum)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    QString text = parser.value(option).trimmed();
    long long multiplier = 1;
    if (text.endsWith(QLatin1Char('K'), Qt::CaseInsensitive)) {
        multiplier = 1024;
    } else if (text.endsWith(QLatin1Char('M'), Qt::CaseInsensitive)) {
        multiplier = 1024LL * 1024LL;
    }
    if (multiplier > 1) {
        text.chop(1);
    }
    BOOST_OUTCOME_TRY(value, parseInteger(text, option));
    const bool overflows = multiplier > 1 && (value > maximum / multiplier || value < minimum / multiplier);
    if (overflows || value * multiplier < minimum || value * multiplier > maximum) {
        return outOfRange(parser, option, static_cast<double>(minimum), static_cast<double>(maximum));
    }
    return value * multiplier;
}

QString errorLine(const Error& error)
{
    // In the user's language where the core's wording is known (the window's ErrorText); else as written.
    const QString line = oneLine(ui::ErrorText::detail(error.detail));
    return line.size() > kMaxErrorLength ? line.left(kMaxErrorLength - 3) + QStringLiteral("...") : line;
}

} // namespace localrig::app
