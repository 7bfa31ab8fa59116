// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleFile.h"

#include "CatalogSchema.h"

#include <QHash>
#include <QRegularExpression>

namespace localrig::db {

namespace {

Error articleError(const QString& fileName, int line, const QString& field, const std::string& reason)
{
    return makeError(ErrorCode::InvalidInput,
                     fileName.toStdString() + ":" + std::to_string(line) + ": " + field.toStdString() + ": " + reason);
}

} // namespace

Result<ArticleEntry> parseArticle(const QString& text, const QString& fileName)
{
    static const QRegularExpression slugPattern(QStringLiteral("^([a-z0-9][a-z0-9-]*)\\.md$"));
    const QRegularExpressionMatch slug = slugPattern.match(fileName);
    if (!slug.hasMatch()) {
        return articleError(fileName, 1, QStringLiteral("file name"), "must be <slug>.md in lower case (a-z, 0-9, -)");
    }
    const QStringList lines = QString(text).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    QHash<QString, QString> header;
    QHash<QString, int> headerLine;
    qsizetype bodyStart = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const int number = static_cast<int>(i) + 1;
        if (line.trimmed().isEmpty()) {
            bodyStart = i + 1;
            break;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            return articleError(fileName, number, QStringLiteral("header"),
                                "expected 'key: value' before the blank line that starts the body");
        }
        const QString key = line.left(colon).trimmed();
        static const QStringList known{QStringLiteral("title"),       QStringLiteral("category"),
                                       QStringLiteral("order"),       QStringLiteral("source"),
                                       QStringLiteral("source_date"), QStringLiteral("confirmed")};
        if (!known.contains(key)) {
            return articleError(fileName, number, key, "unknown header field");
        }
        header.insert(key, line.mid(colon + 1).trimmed());
        headerLine.insert(key, number);
    }
    if (bodyStart < 0) {
        return articleError(fileName, static_cast<int>(lines.size()), QStringLiteral("body"),
                            "no blank line between the header and the body");
    }
    const int endOfHeader = static_cast<int>(bodyStart);
    for (const char* required : {"title", "category", "order", "source", "source_date"}) {
        const QString key = QLatin1String(required);
        if (header.value(key).isEmpty()) {
            return articleError(fileName, headerLine.value(key, endOfHeader), key, "is required but empty");
        }
    }
    const FieldSpec order{"order", FieldKind::Integer, true, -1000000.0, 1000000.0};
    const FieldSpec date{"source_date", FieldKind::Date, true};
    const FieldSpec confirmed{"confirmed", FieldKind::Confirmation, false};
    auto orderValue = convertField(order, header.value(QStringLiteral("order")));
    if (!orderValue) {
        return articleError(fileName, headerLine.value(QStringLiteral("order")), QStringLiteral("order"),
                            orderValue.error().detail);
    }
    auto dateValue = convertField(date, header.value(QStringLiteral("source_date")));
    if (!dateValue) {
        return articleError(fileName, headerLine.value(QStringLiteral("source_date")), QStringLiteral("source_date"),
                            dateValue.error().detail);
    }
    auto confirmedValue = convertField(confirmed, header.value(QStringLiteral("confirmed")));
    if (!confirmedValue) {
        return articleError(fileName, headerLine.value(QStringLiteral("confirmed")), QStringLiteral("confirmed"),
                            confirmedValue.error().detail);
    }
    const QString body = lines.mid(bodyStart).join(QLatin1Char('\n')).trimmed();
    if (body.isEmpty()) {
        return articleError(fileName, endOfHeader + 1, QStringLiteral("body"), "the article has no text");
    }
    ArticleEntry article;
    article.slug = slug.captured(1);
    article.title = header.value(QStringLiteral("title"));
    article.category = header.value(QStringLiteral("category"));
    article.order = orderValue.value().toInt();
    article.body = body;
    // An article without a `confirmed:` line retells the guide.
    const Confirmation confirmation = header.value(QStringLiteral("confirmed")).isEmpty()
        ? Confirmation::GuideOnly
        : parseConfirmation(confirmedValue.value().toString()).value_or(Confirmation::GuideOnly);
    article.source
        = SourceInfo{header.value(QStringLiteral("source")), dateValue.value().toString(), confirmation, QString()};
    return article;
}

} // namespace localrig::db
