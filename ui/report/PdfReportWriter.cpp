// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReportWriter.h"

#include "ChartTextObject.h"
#include "ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace localrig::ui {

namespace {

constexpr int kResolutionDpi = 300;
constexpr double kMarginMm = 18.0;
constexpr double kFooterPoints = 8.0;
constexpr double kChartAspect = 0.62; // height / width of a chart on the page
constexpr QSizeF kChartSceneSize{760.0, 760.0 * kChartAspect}; // logical pixels the chart lays out in

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    static QPageSize pageSizeFor(const QLocale& locale)
    {
        return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
    }

    static QString footer(int page, int pages) { return tr("Page %1 of %2").arg(page).arg(pages); }
    static QString title() { return tr("LocalRig recommendation"); }
};

Error cancelled()
{
    return Error{ErrorCode::Io, kReportCancelled};
}

} // namespace

bool isCancellation(const Error& error)
{
    return error.code == ErrorCode::Io && error.detail == kReportCancelled;
}

Result<void> writePdfReport(const QString& path, const PlanResult& result, const PlanInputs& inputs,
                            const CatalogData& catalog, ProgressCallback progress)
{
    const auto keepGoing = [&progress](int percent) { return !progress || progress(percent); };
    if (!keepGoing(0)) {
        return cancelled();
    }
    // QSaveFile writes beside the target and renames on commit: nothing appears unless it all worked.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::Io, path.toStdString() + ": " + file.errorString().toStdString()};
    }
    QPdfWriter writer(&file);
    writer.setResolution(kResolutionDpi);
    writer.setPageSize(Writer::pageSizeFor(QLocale()));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    writer.setTitle(Writer::title());
    writer.setCreator(QStringLiteral("LocalRig"));

    QFont footerFont;
    footerFont.setPointSizeF(kFooterPoints);
    const double footerHeight = 2.5 * QFontMetricsF(footerFont, &writer).height();
    const QSizeF body(writer.width(), writer.height() - footerHeight);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0.0);
    doc.setPageSize(body);
    QFont base = doc.defaultFont();
    base.setPointSizeF(10.0);
    doc.setDefaultFont(base);
    const double chartWidth = body.width() * 0.98;
    ChartTextObject charts(kChartSceneSize, QSizeF(chartWidth, chartWidth * kChartAspect));
    doc.documentLayout()->registerHandler(ChartTextObject::kObjectType, &charts);

    const ReportInput in{result, inputs, catalog, QDate::currentDate()};
    BOOST_OUTCOME_TRY(complete, ReportDocument::build(doc, charts, in, keepGoing));
    if (!complete || !keepGoing(30)) {
        file.cancelWriting();
        return cancelled();
    }

    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return Error{ErrorCode::Io, path.toStdString() + ": cannot paint the PDF"};
    }
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        const QRectF pageRect(QPointF(0.0, page * body.height()), body);
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0.0, -pageRect.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = pageRect;
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(Qt::darkGray);
        const QRectF footerRect(0.0, writer.height() - footerHeight * 0.6, body.width(), footerHeight * 0.6);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                         Writer::title() + QStringLiteral(" · ") + QLocale().toString(in.date, QLocale::ShortFormat));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, Writer::footer(page + 1, pages));
        if (!keepGoing(30 + 70 * (page + 1) / pages - (page + 1 == pages ? 1 : 0))) {
            painter.end();
            file.cancelWriting();
            return cancelled();
        }
    }
    painter.end();
    if (!file.commit()) {
        return Error{ErrorCode::Io, path.toStdString() + ": " + file.errorString().toStdString()};
    }
    keepGoing(100);
    return outcome::success();
}

} // namespace localrig::ui
