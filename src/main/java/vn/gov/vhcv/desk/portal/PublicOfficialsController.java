package vn.gov.vhcv.desk.portal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets the report form find the official: name, title, unit and badge code only. No login. */
@RestController
public class PublicOfficialsController {

  private final PortalDirectory directory;

  public PublicOfficialsController(PortalDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/api/public/officials")
  public List<PortalDirectory.PublicOfficial> find(@RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "q", required = false) String q) {
    return directory.officials(unit, q);
  }
}
