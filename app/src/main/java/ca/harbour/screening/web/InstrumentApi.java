package ca.harbour.screening.web;

import ca.harbour.identity.CurrentStaff;
import ca.harbour.platform.domain.Rejection;
import ca.harbour.platform.web.NotFoundException;
import ca.harbour.screening.Instrument;
import ca.harbour.screening.InstrumentItem;
import ca.harbour.screening.Screenings;
import ca.harbour.screening.internal.Instruments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Instruments as data: read the versions in force; administrators publish a new version (never edit one). */
@RestController
class InstrumentApi {

    private final Screenings screenings;
    private final Instruments instruments;

    InstrumentApi(Screenings screenings, Instruments instruments) {
        this.screenings = screenings;
        this.instruments = instruments;
    }

    record ItemDraft(
            @NotBlank @Pattern(regexp = "[a-z][a-zA-Z0-9_]{0,39}")
            String code,

            @NotBlank @Size(max = 40) String domain,
            @NotBlank @Size(max = 500) String textEn,
            @NotBlank @Size(max = 500) String textFr,
            @NotNull InstrumentItem.Scale scale,
            @NotNull @DecimalMin("0") BigDecimal weight) {}

    record InstrumentDraft(
            @NotBlank @Size(max = 200) String nameEn,
            @NotBlank @Size(max = 200) String nameFr,
            @NotNull @Pattern(regexp = "ADULT|YOUTH") String audience,
            @NotNull @DecimalMin("0") BigDecimal possibleAt,
            @NotNull @DecimalMin("0") BigDecimal clearAt,
            @NotEmpty @Size(max = 60) List<@Valid ItemDraft> items) {}

    @GetMapping("/api/v1/instruments")
    @PreAuthorize("hasAuthority('SCREENING:READ') or hasAuthority('SCREENING_INSTRUMENT:MANAGE')")
    List<Instrument> list() {
        return screenings.currentInstruments();
    }

    @GetMapping("/api/v1/instruments/{code}")
    @PreAuthorize("hasAuthority('SCREENING:READ') or hasAuthority('SCREENING_INSTRUMENT:MANAGE')")
    Instrument current(@PathVariable String code) {
        return screenings.current(code).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/api/v1/instruments/{code}/versions")
    @PreAuthorize("hasAuthority('SCREENING:READ') or hasAuthority('SCREENING_INSTRUMENT:MANAGE')")
    List<Instruments.Version> versions(@PathVariable String code) {
        List<Instruments.Version> versions = instruments.versions().stream()
                .filter(v -> v.code().equals(code))
                .toList();
        if (versions.isEmpty()) {
            throw new NotFoundException();
        }
        return versions;
    }

    @GetMapping("/api/v1/instruments/{code}/versions/{version}")
    @PreAuthorize("hasAuthority('SCREENING:READ') or hasAuthority('SCREENING_INSTRUMENT:MANAGE')")
    Instrument version(@PathVariable String code, @PathVariable int version) {
        return instruments.find(code, version).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/api/v1/instruments/{code}/versions")
    @PreAuthorize("hasAuthority('SCREENING_INSTRUMENT:MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    Instrument publish(@PathVariable String code, @Valid @RequestBody InstrumentDraft draft) {
        Instrument existing = screenings.current(code).orElseThrow(NotFoundException::new);
        List<InstrumentItem> items = draft.items().stream()
                .map(i -> new InstrumentItem(i.code(), i.domain(), i.textEn(), i.textFr(), i.scale(), i.weight()))
                .toList();
        Instrument next = new Instrument(
                null,
                existing.code(),
                0,
                draft.nameEn(),
                draft.nameFr(),
                draft.audience(),
                draft.possibleAt(),
                draft.clearAt(),
                items);
        if (!next.definitionProblems().isEmpty()) {
            throw Rejection.of("error.validation", next.definitionProblems()).exception();
        }
        return instruments.publish(next, CurrentStaff.require().username());
    }
}
