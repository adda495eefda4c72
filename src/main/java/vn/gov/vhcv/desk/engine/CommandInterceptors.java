package vn.gov.vhcv.desk.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** Adds the engine room's command interceptors to those already configured (in a plugin's {@code preInit}). */
final class CommandInterceptors {

  private CommandInterceptors() {}

  /** Runs {@code interceptor} outside the command context, around every transactional command. */
  static void addBeforeCommandContext(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withAdded(configuration.getCustomPreCommandInterceptorsTxRequired(), interceptor));
  }

  /** Runs {@code interceptor} inside the command context (and its transaction), around every command. */
  static void addInsideCommandContext(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        withAdded(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor));
  }

  private static List<CommandInterceptor> withAdded(List<CommandInterceptor> configured, CommandInterceptor added) {
    List<CommandInterceptor> all = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
    all.add(added);
    return all;
  }
}
