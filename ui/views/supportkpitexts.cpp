#include "supportkpitexts.h"

#include "figureformat.h"

#include <QCoreApplication>

namespace tenure::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SupportKpi)
};

using metrics::SupportKpi;

} // namespace

QString supportKpiTitle(SupportKpi kpi) {
    switch (kpi) {
    case SupportKpi::Tickets:
        return Text::tr("Tickets created");
    case SupportKpi::Answered:
        return Text::tr("Tickets answered");
    case SupportKpi::FrtMedian:
        return Text::tr("First response, median");
    case SupportKpi::FrtP90:
        return Text::tr("First response, p90");
    case SupportKpi::Resp24:
        return Text::tr("Answered within 24 h");
    case SupportKpi::Fcr:
        return Text::tr("First-contact resolution");
    case SupportKpi::ResolutionMedian:
        return Text::tr("Resolution, median");
    case SupportKpi::ResolutionP90:
        return Text::tr("Resolution, p90");
    case SupportKpi::LiveContacts:
        return Text::tr("Live contacts");
    case SupportKpi::WaitAvg:
        return Text::tr("Average wait");
    case SupportKpi::WaitP90:
        return Text::tr("Wait, p90");
    case SupportKpi::WaitOver5Min:
        return Text::tr("Waits over 5 min");
    case SupportKpi::Abandon:
        return Text::tr("Abandoned");
    case SupportKpi::Backlog:
        return Text::tr("Backlog");
    case SupportKpi::FrtBusinessMedian:
        return Text::tr("First response in business time, median");
    case SupportKpi::FrtBusinessP90:
        return Text::tr("First response in business time, p90");
    case SupportKpi::ResolutionBusinessMedian:
        return Text::tr("Resolution in business time, median");
    case SupportKpi::ResolutionBusinessP90:
        return Text::tr("Resolution in business time, p90");
    }
    return {};
}

QString supportKpiValue(const metrics::SupportRow& row, SupportKpi kpi) {
    switch (kpi) {
    case SupportKpi::Tickets:
        return FigureFormat::count(row.tickets);
    case SupportKpi::Answered:
        return FigureFormat::count(row.answered);
    case SupportKpi::FrtMedian:
        return FigureFormat::duration(row.frtMedian);
    case SupportKpi::FrtP90:
        return FigureFormat::duration(row.frtP90);
    case SupportKpi::Resp24:
        return FigureFormat::percent(row.resp24Pct);
    case SupportKpi::Fcr:
        return FigureFormat::percent(row.fcrPct);
    case SupportKpi::ResolutionMedian:
        return FigureFormat::duration(row.resolutionMedian);
    case SupportKpi::ResolutionP90:
        return FigureFormat::duration(row.resolutionP90);
    case SupportKpi::LiveContacts:
        return FigureFormat::count(row.liveContacts);
    case SupportKpi::WaitAvg:
        return FigureFormat::duration(row.waitAvg);
    case SupportKpi::WaitP90:
        return FigureFormat::duration(row.waitP90);
    case SupportKpi::WaitOver5Min:
        return FigureFormat::percent(row.waitOver5MinPct);
    case SupportKpi::Abandon:
        return FigureFormat::percent(row.abandonPct);
    case SupportKpi::Backlog:
        return FigureFormat::count(row.backlog);
    case SupportKpi::FrtBusinessMedian:
        return FigureFormat::duration(row.frtBusinessMedian);
    case SupportKpi::FrtBusinessP90:
        return FigureFormat::duration(row.frtBusinessP90);
    case SupportKpi::ResolutionBusinessMedian:
        return FigureFormat::duration(row.resolutionBusinessMedian);
    case SupportKpi::ResolutionBusinessP90:
        return FigureFormat::duration(row.resolutionBusinessP90);
    }
    return {};
}

QString supportKpiRoles(SupportKpi kpi) {
    switch (kpi) {
    case SupportKpi::Tickets:
    case SupportKpi::Answered:
    case SupportKpi::LiveContacts:
        return Text::tr("The tickets counted are the numerator rows; tickets left out say why.");
    case SupportKpi::FrtMedian:
    case SupportKpi::FrtP90:
    case SupportKpi::ResolutionMedian:
    case SupportKpi::ResolutionP90:
    case SupportKpi::WaitP90:
    case SupportKpi::FrtBusinessMedian:
    case SupportKpi::FrtBusinessP90:
    case SupportKpi::ResolutionBusinessMedian:
    case SupportKpi::ResolutionBusinessP90:
        return Text::tr(
            "The tickets the figure is taken from are the numerator rows, shortest first, each with "
            "its rank; the rank the figure comes from is marked. Tickets left out (no response "
            "or resolution yet, another period) say why.");
    case SupportKpi::WaitAvg:
        return Text::tr("The live-channel tickets whose waits are averaged are the numerator rows; tickets "
                        "left out say why.");
    case SupportKpi::Resp24:
        return Text::tr("Numerator: tickets answered within 24 hours. Denominator: tickets created at least "
                        "24 hours before the data's last ticket; one still unanswered is a miss. Tickets "
                        "created later are left out.");
    case SupportKpi::Fcr:
        return Text::tr("Numerator: resolved tickets closed with at most one contact. Denominator: resolved "
                        "tickets with a known number of contacts.");
    case SupportKpi::WaitOver5Min:
        return Text::tr("Numerator: live-channel tickets that waited over five minutes. Denominator: "
                        "live-channel tickets with a known wait.");
    case SupportKpi::Abandon:
        return Text::tr("Numerator: live-channel contacts abandoned before an answer. Denominator: "
                        "live-channel contacts.");
    case SupportKpi::Backlog:
        return Text::tr("The numerator rows are the tickets still open at the period's end.");
    }
    return {};
}

} // namespace tenure::ui
