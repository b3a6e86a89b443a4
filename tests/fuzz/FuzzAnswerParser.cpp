// libFuzzer target: parseAnswer over any body, with a Redactor for the
// password on the input's first line. Whatever the body, the answer's text
// and detail never hold the password.
#include "FuzzInput.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/Redactor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, false);
    const Redactor redactor(input.password);
    const Answer answer = parseAnswer(input.body, redactor);
    if (input.passwordCheckable()) {
        PARKBAR_FUZZ_CHECK(!answer.text.contains(input.password));
        // A server error's detail is a fixed code ("php-fatal", "html"), not the server's text.
        PARKBAR_FUZZ_CHECK(answer.kind == ResultKind::ServerError || !answer.detail.contains(input.password));
    }
    PARKBAR_FUZZ_CHECK(!answer.text.contains(QLatin1Char('\n'))); // one line for the bar and the audit log
    return 0;
}
