// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wording.h"

#include "BuyerWording.h"
#include "ErrorText.h"
#include "core/Units.h"

#include <QHash>
#include <QLocale>

#include <cmath>
#include <string_view>

namespace localrig::ui {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

struct DisplayCurrency
{
    QString code = QStringLiteral("USD");
    QString symbol = QStringLiteral("$");
    double unitsPerUsd = 1.0;
};

DisplayCurrency& displayCurrency()
{
    static DisplayCurrency currency;
    return currency;
}

QString symbolFor(const QString& code)
{
    static const QHash<QString, QString> symbols{{QStringLiteral("USD"), QStringLiteral("$")},
                                                 {QStringLiteral("EUR"), QStringLiteral("€")},
                                                 {QStringLiteral("GBP"), QStringLiteral("£")},
                                                 {QStringLiteral("JPY"), QStringLiteral("¥")},
                                                 {QStringLiteral("CNY"), QStringLiteral("CN¥")}};
    return symbols.value(code, code + QLatin1Char(' '));
}

} // namespace

QString Wording::verdict(core::FitVerdict verdict)
{
    switch (verdict) {
    case core::FitVerdict::Comfortable:
        return tr("Comfortable");
    case core::FitVerdict::Tight:
        return tr("Tight");
    case core::FitVerdict::FitsInVram:
        return tr("Fits in VRAM");
    case core::FitVerdict::PartialOffload:
        return tr("Partial offload");
    case core::FitVerdict::WontFit:
        return tr("Won't fit");
    }
    return {};
}

QColor Wording::verdictColor(core::FitVerdict verdict, bool darkPalette)
{
    // Colour repeats what the text says; it never says it alone.
    switch (verdict) {
    case core::FitVerdict::Comfortable:
    case core::FitVerdict::FitsInVram:
        return darkPalette ? QColor(0x4c, 0xaf, 0x50) : QColor(0x1b, 0x7a, 0x2e);
    case core::FitVerdict::Tight:
    case core::FitVerdict::PartialOffload:
        return darkPalette ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x5d, 0x00);
    case core::FitVerdict::WontFit:
        return darkPalette ? QColor(0xef, 0x53, 0x50) : QColor(0xb7, 0x1c, 0x1c);
    }
    return {};
}

QString Wording::tierVerdict(const std::string& catalogText)
{
    // The guide's tier verdicts as db/catalog/tiers.csv spells them; another text is shown as it is.
    static const char* const verdicts[]
        = {QT_TRANSLATE_NOOP("Wording", "Good start"), QT_TRANSLATE_NOOP("Wording", "Best value"),
           QT_TRANSLATE_NOOP("Wording", "Power users"), QT_TRANSLATE_NOOP("Wording", "Specialized")};
    for (const char* verdict : verdicts) {
        if (catalogText == verdict) {
            return tr(verdict);
        }
    }
    return text(catalogText);
}

QString Wording::reason(const core::Reason& r)
{
    using core::ReasonCode;
    switch (r.code) {
    case ReasonCode::MeetsAll:
        return tr("Runs every workload under the headroom line, fast at its typical depth, first token quickly.");
    case ReasonCode::ModelTight:
        return tr("%1 needs %2, above the comfortable %3.")
            .arg(text(r.subject), gigabytes(r.value), gigabytes(r.limit));
    case ReasonCode::ModelOffloads:
        return tr("%1 keeps only %2 % of its weights in VRAM; the rest runs from system RAM, much slower.")
            .arg(text(r.subject), QLocale().toString(r.value * 100.0, 'f', 0));
    case ReasonCode::ModelDoesNotFit:
        return tr("%1 needs %2, but at most %3 is usable.")
            .arg(text(r.subject), gigabytes(r.value), gigabytes(r.limit));
    case ReasonCode::TooSlow:
        return tr("%1 decodes at about %2, under the %3 minimum.")
            .arg(text(r.subject), tokensPerSecond(r.value), tokensPerSecond(r.limit));
    case ReasonCode::OverBudget:
        return tr("Costs %1, over your %2 budget.").arg(money(r.value), money(r.limit));
    case ReasonCode::VendorExcluded:
        return tr("Made by %1, not the vendor you chose.").arg(text(r.subject));
    case ReasonCode::NotPortable:
        return tr("Not portable.");
    case ReasonCode::NoPrice:
        return tr("No sourced price in the catalog.");
    case ReasonCode::Discontinued:
        return tr("Discontinued: no longer sold new, and the catalog has no used-market price.");
    case ReasonCode::CardOnly:
        return tr("The price is for the graphics card alone; it needs a desktop PC around it.");
    case ReasonCode::BreakEven:
        return tr("Pays for itself against your API spend in month %1.").arg(QLocale().toString(int(r.value)));
    case ReasonCode::NeverBreaksEven:
        return tr("Does not pay for itself within %n year(s).", nullptr, int(r.limit / 12.0));
    case ReasonCode::CheapestThatFits:
        return tr("%1 is the cheapest complete machine that runs every workload well.").arg(text(r.subject));
    case ReasonCode::RequiredMemory:
        return tr("The largest footprint is %1, so a unified-memory machine needs about %2 to stay under the "
                  "headroom line.")
            .arg(gigabytes(r.value), gigabytes(r.limit));
    case ReasonCode::NothingFits:
        return tr("No machine in the catalog meets every need; the closest are listed first.");
    default:
        return BuyerWording::reason(r).value_or(text(core::describe(r)));
    }
}

QString Wording::lint(const core::Lint& l)
{
    using core::LintCode;
    switch (l.code) {
    case LintCode::CheckWhatYouRun:
        return tr("Check what you actually run: a download called \"DeepSeek-R1\" is often the 1.5 B distill, not %1.")
            .arg(text(l.subject));
    case LintCode::Rarely128:
        return tr("This plan needs about %1; 128 GB is rarely needed for it — 48 GB covers most developer work.")
            .arg(gigabytes(core::gibToBytes(l.value)));
    case LintCode::RetrieveDontStuff:
        return tr("A %1 context for retrieval work: retrieving the relevant 4–8K tokens is usually faster and "
                  "cheaper than stuffing the context.")
            .arg(contextTokens(int(l.value)));
    case LintCode::BeyondNativeContext:
        return tr("%1 was trained for %2; %3 needs context extension and may lose quality.")
            .arg(text(l.subject), contextTokens(int(l.limit)), contextTokens(int(l.value)));
    case LintCode::TotalSetsMemory:
        return tr("%1: all %2 B parameters set the memory, the %3 B active ones set the speed.")
            .arg(text(l.subject), QLocale().toString(l.value / 1e9, 'g', 4), QLocale().toString(l.limit / 1e9, 'g', 3));
    case LintCode::KvQuantNeedsHeadDim:
        return tr("%1 has head dimension %2, not a multiple of 32, so a quantized KV cache may not load.")
            .arg(text(l.subject))
            .arg(int(l.value));
    case LintCode::GuideFigureCorrected:
        return tr("%1: the guide says “%2”; sources say: %3.")
            .arg(text(l.subject), text(l.guideSays), text(l.sourcesSay));
    }
    return {};
}

QString Wording::tierName(const core::TierSpec& tier)
{
    // The catalog names tiers "Tier 2" in English (the JSON output keeps that); people read it translated.
    static constexpr std::string_view prefix = "Tier ";
    if (tier.name.starts_with(prefix)) {
        bool ok = false;
        const int number = text(tier.name.substr(prefix.size())).toInt(&ok);
        if (ok) {
            return tr("Tier %1").arg(number);
        }
    }
    return text(tier.name);
}

QString Wording::change(const core::VerdictChange& c)
{
    using core::ChangeKind;
    const QString needs = gigabytes(c.requiredMemoryBytes);
    const QString tier = c.tier ? tierName(*c.tier) : tr("no tier in the catalog");
    QString step;
    switch (c.kind) {
    case ChangeKind::QuantUp:
    case ChangeKind::QuantDown:
        step = tr("%1 instead of %2").arg(text(c.to), text(c.from));
        break;
    case ChangeKind::HalveContext:
        step = tr("Halving the context to %1").arg(contextTokens(std::stoi(c.to)));
        break;
    case ChangeKind::DoubleContext:
        step = tr("Doubling the context to %1").arg(contextTokens(std::stoi(c.to)));
        break;
    case ChangeKind::AddSession:
    case ChangeKind::RemoveSession:
        step = tr("%n parallel agent(s)", nullptr, std::stoi(c.to));
        break;
    case ChangeKind::KvCacheQ8:
        step = tr("A q8_0 KV cache");
        break;
    case ChangeKind::RaiseGpuLimit:
        if (c.gpuLimit && c.verdictOnChoice) {
            return tr("On %1 the plan needs %2, past the %3 macOS lets the GPU use by default: raising the limit "
                      "to %4 (\"%5\") lets the GPU hold it all (%6); macOS and your apps keep %7, and the setting "
                      "lasts until the next restart.")
                .arg(text(c.machine), gigabytes(c.gpuLimit->footprintBytes), gigabytes(c.gpuLimit->defaultLimitBytes),
                     gigabytes(c.gpuLimit->raisedLimitBytes), text(c.gpuLimit->command), verdict(*c.verdictOnChoice),
                     gigabytes(c.gpuLimit->leftForMacOsBytes));
        }
        return {};
    }
    QString effect = tr("%1 needs %2 (%3)").arg(step, needs, tier);
    if (c.verdictChanges && c.verdictOnChoice) {
        effect += tr(" — changes the verdict on the top machine to %1").arg(verdict(*c.verdictOnChoice));
    }
    return effect + QLatin1Char('.');
}

QString Wording::error(const Error& error)
{
    // The detail in the user's language too, where it is one the core is known to write (ErrorText).
    const QString detail = ErrorText::detail(error.detail);
    switch (error.code) {
    case ErrorCode::InvalidInput:
        return tr("Invalid input: %1").arg(detail);
    case ErrorCode::OutOfRange:
        return tr("Out of range: %1").arg(detail);
    case ErrorCode::NotFound:
        return tr("Not found: %1").arg(detail);
    case ErrorCode::CorruptCatalog:
        return tr("The catalog cannot be trusted: %1").arg(detail);
    case ErrorCode::Io:
        return tr("File error: %1").arg(detail);
    }
    return detail;
}

QString Wording::gigabytes(double bytes)
{
    return tr("%1 GB").arg(QLocale().toString(core::bytesToGiB(bytes), 'f', 1));
}

QString Wording::tokensPerSecond(double value)
{
    return tr("%1 tokens/s").arg(QLocale().toString(value, 'f', value < 10.0 ? 1 : 0));
}

QString Wording::speedBand(const core::SpeedBand& band)
{
    const auto number = [](double v) { return QLocale().toString(v, 'f', v < 10.0 ? 1 : 0); };
    return tr("%1 tokens/s (%2–%3)").arg(number(band.expected), number(band.low), number(band.high));
}

QString Wording::money(double usd, int decimals)
{
    const DisplayCurrency& currency = displayCurrency();
    // The C locale (LANG=C) has no currency convention and writes "2,000$"; use the US one there.
    const QLocale locale
        = QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale();
    return locale.toCurrencyString(usd * currency.unitsPerUsd, currency.symbol, decimals);
}

void Wording::setCurrency(const QString& code, double unitsPerUsd)
{
    DisplayCurrency& currency = displayCurrency();
    const bool usable = !code.isEmpty() && unitsPerUsd > 0.0 && std::isfinite(unitsPerUsd);
    currency.code = usable ? code : QStringLiteral("USD");
    currency.unitsPerUsd = usable ? unitsPerUsd : 1.0;
    currency.symbol = symbolFor(currency.code);
}

QString Wording::month(std::optional<int> month)
{
    return month ? tr("month %1").arg(QLocale().toString(*month)) : tr("never");
}

QString Wording::contextTokens(int tokens)
{
    if (tokens >= 1024 && tokens % 1024 == 0) {
        return tr("%1K tokens").arg(QLocale().toString(tokens / 1024));
    }
    return tr("%1 tokens").arg(QLocale().toString(tokens));
}

} // namespace localrig::ui
