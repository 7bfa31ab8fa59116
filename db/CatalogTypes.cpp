// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogTypes.h"

namespace localrig::db {

QString confirmationName(Confirmation confirmation)
{
    switch (confirmation) {
    case Confirmation::Confirmed:
        return QStringLiteral("yes");
    case Confirmation::Derived:
        return QStringLiteral("derived");
    case Confirmation::GuideOnly:
        return QStringLiteral("guide-only");
    case Confirmation::Unconfirmed:
        break;
    }
    return QStringLiteral("no");
}

std::optional<Confirmation> parseConfirmation(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("yes") || value == QLatin1String("1") || value == QLatin1String("true")) {
        return Confirmation::Confirmed;
    }
    if (value == QLatin1String("no") || value == QLatin1String("0") || value == QLatin1String("false")) {
        return Confirmation::Unconfirmed;
    }
    if (value == QLatin1String("derived")) {
        return Confirmation::Derived;
    }
    if (value == QLatin1String("guide-only")) {
        return Confirmation::GuideOnly;
    }
    return std::nullopt;
}

} // namespace localrig::db
