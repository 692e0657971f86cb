package dev.tracking.sample.boot;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /} leads to the Swagger UI. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/swagger-ui/index.html";
    }
}
