#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <cstdint>

namespace tenure::cli {

// A one-line progress bar on stderr, drawn only when stderr is a terminal and at most ten
// times a second, so that logs and pipes stay clean.
class ProgressBar final {
public:
    ProgressBar(QTextStream& err, QString label);
    ~ProgressBar();
    void update(double fraction, const QString& label = {});
    void finish();

private:
    QTextStream& m_err;
    QString m_label;
    QElapsedTimer m_sinceDraw;
    bool m_enabled = false;
    bool m_drawn = false;
};

} // namespace tenure::cli
