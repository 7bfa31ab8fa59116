// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzCatalog.h"
#include "app/OptionValues.h"
#include "db/NameMatcher.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

// libFuzzer entry point for what the CLI does with the text of an argument: numbers (app/OptionValues)
// and catalog names (db/NameMatcher and the catalog's lookups with their "did you mean").
namespace {

// The CLI prints an error as "localrig COMMAND: <line>": exactly one line, naming the option.
void checkErrorLine(const localrig::Error& error, const QString& option)
{
    const QString line = localrig::app::errorLine(error);
    if (line.isEmpty() || line.contains(QLatin1Char('\n')) || line.contains(QLatin1Char('\r'))
        || (!option.isEmpty() && !line.startsWith(QLatin1String("--") + option + QLatin1Char(':')))) {
        __builtin_trap();
    }
}

void fuzzNumbers(const QString& text)
{
    const QString option = QStringLiteral("budget");
    if (const auto number = localrig::app::parseNumber(text, option)) {
        if (!std::isfinite(number.value())) {
            __builtin_trap();
        }
    } else {
        checkErrorLine(number.error(), option);
    }
    if (const auto integer = localrig::app::parseInteger(text, option); !integer) {
        checkErrorLine(integer.error(), option);
    }
}

void fuzzNames(const QString& text)
{
    using namespace localrig::db;
    static const QStringList names{QStringLiteral("Qwen3 8B"), QStringLiteral("qwen3_8b"),
                                   QStringLiteral("Mac mini M4 Pro 48 GB"), QStringLiteral("GeForce RTX 5090"),
                                   QStringLiteral("Q4_K_M")};
    for (const QString& name : names) {
        const int distance = editDistance(text, name);
        if (distance != editDistance(name, text) || distance < 0
            || distance > std::max(text.toCaseFolded().size(), name.toCaseFolded().size())) {
            __builtin_trap();
        }
    }
    // Quadratic in the length: a long text against itself would spend the run's time here.
    if (text.size() <= 256 && editDistance(text, text) != 0) {
        __builtin_trap();
    }
    const QStringList closest = closestNames(text, names, 3);
    if (closest.size() > 3 || (!names.isEmpty() && closest.isEmpty())) {
        __builtin_trap();
    }
    for (const QString& name : closest) {
        if (!names.contains(name)) {
            __builtin_trap();
        }
    }
    const QString key = looseKey(text);
    for (const QChar c : key) {
        if (!c.isLetterOrNumber()) {
            __builtin_trap();
        }
    }

    static const Catalog catalog = (localrig::fuzz::application(), localrig::fuzz::smallCatalog());
    if (const auto model = catalog.model(text); !model) {
        checkErrorLine(model.error(), {});
    }
    if (const auto platform = catalog.platform(text); !platform) {
        checkErrorLine(platform.error(), {});
    }
    if (const auto quant = catalog.quantization(text); !quant) {
        checkErrorLine(quant.error(), {});
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    fuzzNumbers(text);
    fuzzNames(text);
    return 0;
}
